"use server";

import { requestEmailChange, zChangeEmail } from "@/lib/account/change-email";
import { recentSecondStepAction } from "@/lib/actions/clients";

export const requestEmailChangeAction = recentSecondStepAction("/settings/email")
  .input(zChangeEmail)
  .action(async ({ ctx, input }) => requestEmailChange(ctx.session, input, ctx.request));
