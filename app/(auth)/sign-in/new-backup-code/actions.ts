"use server";

import { redirect } from "next/navigation";
import { signedInAction } from "@/lib/actions/clients";
import { confirmRenewedBackupCodeSaved, zRenewedCodeSaved } from "@/lib/auth/backup-code-sign-in";

export const confirmRenewedCodeSavedAction = signedInAction.input(zRenewedCodeSaved).action<object>(async ({ ctx, input }) => {
  const result = await confirmRenewedBackupCodeSaved(ctx.session, input);
  if (!result.ok) return result;
  // Everyone (officers too, who have the security settings) goes on to their verification methods,
  // in case they lost the old one.
  redirect("/settings/verification-methods?after=backup-code");
});
