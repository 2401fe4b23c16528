"use server";

import { signUpStepContext } from "@/lib/actions/contexts";
import { redirect } from "next/navigation";
import { startBrowserSession } from "@/lib/auth/current-session";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { completeSignUp } from "@/lib/registration/security-questions-step";
import { POLICY } from "@/lib/security-policy";
import type { FormState } from "@/lib/result";

export async function setQuestionsAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = (await signUpStepContext("SECURITY_QUESTIONS")).session;
    const indexes = Array.from({ length: POLICY.securityQuestions.count }, (_, i) => i + 1);
    const result = await completeSignUp(
      session,
      { questions: indexes.map((i) => form.get(`question${i}`)), answers: indexes.map((i) => form.get(`answer${i}`)) },
      await requestInfo(),
    );
    if (!result.ok) {
      if (result.code === "out_of_order") redirect("/sign-up/continue");
      return result;
    }
    await startBrowserSession(result.sessionToken);
    redirect("/dashboard?welcome=1");
  });
}
