"use server";

import { redirect } from "next/navigation";
import { regenerateBackupCode } from "@/lib/account/regenerate-backup-code";
import { recentSecondStepAction } from "@/lib/actions/clients";
import { confirmRenewedBackupCodeSaved, zRenewedCodeSaved } from "@/lib/auth/backup-code-sign-in";

const HERE = "/settings/backup-code";

export const regenerateBackupCodeAction = recentSecondStepAction(HERE).action(async ({ ctx }) => {
  const result = await regenerateBackupCode(ctx.session, ctx.request);
  if (result.ok) redirect(HERE);
  return result;
});

export const confirmNewBackupCodeSavedAction = recentSecondStepAction(HERE)
  .input(zRenewedCodeSaved)
  .action<object>(async ({ ctx, input }) => {
    const result = await confirmRenewedBackupCodeSaved(ctx.session, input);
    if (result.ok) redirect("/settings?changed=backup-code");
    return result;
  });
