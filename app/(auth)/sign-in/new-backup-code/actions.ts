"use server";

import { redirect } from "next/navigation";
import { requireFullSession } from "@/lib/auth/current-session";
import { confirmRenewedBackupCodeSaved } from "@/lib/auth/backup-code-sign-in";
import { safeAction } from "@/lib/http/safe-action";
import type { FormState } from "@/components/ui/use-action-form";

export async function confirmRenewedCodeSavedAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await confirmRenewedBackupCodeSaved(await requireFullSession(), { saved: form.get("saved") });
    if (!result.ok) return result;
    redirect("/settings/verification-methods?after=backup-code");
  });
}
