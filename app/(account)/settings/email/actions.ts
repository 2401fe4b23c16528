"use server";

import { requestEmailChange, zChangeEmail } from "@/lib/account/change-email";
import { recentSecondStepAction } from "@/lib/actions/clients";
import { applicantContext } from "@/lib/actions/contexts";

export const requestEmailChangeAction = recentSecondStepAction("/settings/email", applicantContext)
  .input(zChangeEmail)
  .action(async ({ ctx, input }) => requestEmailChange(ctx.session, input, ctx.request));
