"use server";

import { redirect } from "next/navigation";
import { signUpStepAction } from "@/lib/actions/clients";
import { startBrowserSession } from "@/lib/auth/current-session";
import { completeSignUp, zSignUpSecurityQuestions } from "@/lib/registration/security-questions-step";

// The last step ends sign-up: on success the full session starts here and the dashboard welcomes
// them (a representative: their profile comes first).
export const setQuestionsAction = signUpStepAction("SECURITY_QUESTIONS")
  .input(zSignUpSecurityQuestions)
  .action<object>(async ({ ctx, input }) => {
    const result = await completeSignUp(ctx.session, input, ctx.request);
    if (!result.ok) return result;
    await startBrowserSession(result.sessionToken);
    redirect(ctx.session.user.role === "REPRESENTATIVE" ? "/representative/profile?welcome=1" : "/dashboard?welcome=1");
  });
