"use server";

import { passwordOnlyContext } from "@/lib/actions/contexts";
import { redirect } from "next/navigation";
import { startBrowserSession } from "@/lib/auth/current-session";
import { signInWithBackupCode } from "@/lib/auth/backup-code-sign-in";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import type { FormState } from "@/lib/result";

export async function backupCodeSignInAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await signInWithBackupCode((await passwordOnlyContext()).session, { backupCode: form.get("backupCode") }, await requestInfo());
    if (!result.ok) return result;
    await startBrowserSession(result.sessionToken);
    redirect("/sign-in/new-backup-code");
  });
}
