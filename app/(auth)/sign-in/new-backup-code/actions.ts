"use server";

import { signedInContext } from "@/lib/actions/contexts";
import { redirect } from "next/navigation";
import { confirmRenewedBackupCodeSaved } from "@/lib/auth/backup-code-sign-in";
import { safeAction } from "@/lib/http/safe-action";
import type { FormState } from "@/lib/result";

export async function confirmRenewedCodeSavedAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = (await signedInContext()).session;
    const result = await confirmRenewedBackupCodeSaved(session, { saved: form.get("saved") });
    if (!result.ok) return result;
    // Applicants go on to their verification methods, in case they lost the old one.
    redirect(session.user.role === "OFFICER" ? "/agency" : "/settings/verification-methods?after=backup-code");
  });
}
