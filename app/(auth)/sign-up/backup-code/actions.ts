"use server";

import { redirect } from "next/navigation";
import { safeAction } from "@/lib/http/safe-action";
import { confirmBackupCodeSaved } from "@/lib/registration/backup-code-step";
import { requireSignUpStep } from "@/lib/registration/guard";
import type { FormState } from "@/components/ui/use-action-form";

export async function confirmSavedAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = await requireSignUpStep("BACKUP_CODE");
    const result = await confirmBackupCodeSaved(session, { saved: form.get("saved") });
    if (result.ok || result.code === "out_of_order") redirect("/sign-up/continue");
    return result;
  });
}
