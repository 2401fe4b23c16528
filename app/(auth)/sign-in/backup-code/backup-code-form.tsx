"use client";

import { backupCodeSignInAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function BackupCodeForm() {
  const form = useActionForm(backupCodeSignInAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <TextField
        name="backupCode"
        label="Backup code"
        hint="16 letters and numbers, like ABCD-EFGH-JKMN-PQRS. Dashes and spaces don't matter."
        autoComplete="off"
        spellCheck={false}
        maxLength={64}
        className="max-w-80 font-mono uppercase tracking-wider"
        error={form.error("backupCode")}
      />
      <SubmitButton>Sign in with backup code</SubmitButton>
    </form>
  );
}
