"use server";

import { redirect } from "next/navigation";
import { regenerateBackupCode } from "@/lib/account/regenerate-backup-code";
import { recentSecondStepAction } from "@/lib/actions/clients";
import { signedInContext } from "@/lib/actions/contexts";
import { confirmRenewedBackupCodeSaved, zRenewedCodeSaved } from "@/lib/auth/backup-code-sign-in";

const HERE = "/settings/backup-code";

export const regenerateBackupCodeAction = recentSecondStepAction(HERE, signedInContext).action(async ({ ctx }) => {
  const result = await regenerateBackupCode(ctx.session, ctx.request);
  if (result.ok) redirect(HERE);
  return result;
});

export const confirmNewBackupCodeSavedAction = recentSecondStepAction(HERE, signedInContext)
  .input(zRenewedCodeSaved)
  .action<object>(async ({ ctx, input }) => {
    const result = await confirmRenewedBackupCodeSaved(ctx.session, input);
    if (result.ok) redirect("/settings?changed=backup-code");
    return result;
  });
