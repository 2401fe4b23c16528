"use server";

import { regenerateBackupCode } from "@/lib/account/regenerate-backup-code";
import { confirmRenewedBackupCodeSaved } from "@/lib/auth/backup-code-sign-in";
import { settingsAction } from "@/lib/auth/settings-action";
import { requestInfo } from "@/lib/http/request-info";
import type { FormState } from "@/lib/result";

export async function regenerateBackupCodeAction(): Promise<FormState> {
  return settingsAction("/settings/backup-code", async (session) => regenerateBackupCode(session, await requestInfo()), "/settings/backup-code");
}

export async function confirmNewBackupCodeSavedAction(_: FormState, form: FormData): Promise<FormState> {
  return settingsAction("/settings/backup-code", (session) => confirmRenewedBackupCodeSaved(session, { saved: form.get("saved") }), "/settings?changed=backup-code");
}
