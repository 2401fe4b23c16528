"use server";

import { redirect } from "next/navigation";
import { changeSecurityQuestions, zChangeSecurityQuestions } from "@/lib/account/change-security-questions";
import { recentSecondStepAction } from "@/lib/actions/clients";
import { signedInContext } from "@/lib/actions/contexts";

export const changeQuestionsAction = recentSecondStepAction("/settings/security-questions", signedInContext)
  .input(zChangeSecurityQuestions)
  .action<object>(async ({ ctx, input }) => {
    const result = await changeSecurityQuestions(ctx.session, input, ctx.request);
    if (result.ok) redirect("/settings?changed=questions");
    return result;
  });
