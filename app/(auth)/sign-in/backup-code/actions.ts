"use server";

import { redirect } from "next/navigation";
import { passwordOnlyAction } from "@/lib/actions/clients";
import { startBrowserSession } from "@/lib/auth/current-session";
import { signInWithBackupCode, zBackupCodeSignIn } from "@/lib/auth/backup-code-sign-in";

export const backupCodeSignInAction = passwordOnlyAction.input(zBackupCodeSignIn).action<object>(async ({ ctx, input }) => {
  const result = await signInWithBackupCode(ctx.session, input, ctx.request);
  if (!result.ok) return result;
  await startBrowserSession(result.sessionToken);
  redirect("/sign-in/new-backup-code");
});
