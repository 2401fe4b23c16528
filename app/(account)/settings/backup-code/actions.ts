"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { regenerateBackupCode } from "@/lib/account/regenerate-backup-code";
import { recentSecondStepAction } from "@/lib/actions/clients";
import { zField } from "@/lib/actions/form-input";
import { confirmRenewedBackupCodeSaved } from "@/lib/auth/backup-code-sign-in";

const HERE = "/settings/backup-code";

export const regenerateBackupCodeAction = recentSecondStepAction(HERE).action(async ({ ctx }) => {
  const result = await regenerateBackupCode(ctx.session, ctx.request);
  if (result.ok) redirect(HERE);
  return result;
});

// The "I have saved it" box; what it must say is checked by confirmRenewedBackupCodeSaved.
export const confirmNewBackupCodeSavedAction = recentSecondStepAction(HERE)
  .input(z.object({ saved: zField() }))
  .action<object>(async ({ ctx, input }) => {
    const result = await confirmRenewedBackupCodeSaved(ctx.session, input);
    if (result.ok) redirect("/settings?changed=backup-code");
    return result;
  });
