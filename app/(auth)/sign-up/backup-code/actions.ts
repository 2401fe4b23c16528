"use server";

import { confirmBackupCodeSaved } from "@/lib/registration/backup-code-step";
import { runSignUpStep } from "@/lib/registration/sign-up-step-action";
import type { FormState } from "@/lib/result";

export async function confirmSavedAction(_: FormState, form: FormData): Promise<FormState> {
  return runSignUpStep("BACKUP_CODE", (session) => confirmBackupCodeSaved(session, { saved: form.get("saved") }));
}
