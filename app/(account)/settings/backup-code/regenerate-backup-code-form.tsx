"use client";

import { regenerateBackupCodeAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function RegenerateBackupCodeForm() {
  const form = useActionForm(regenerateBackupCodeAction);
  return (
    <form action={form.formAction}>
      <ErrorSummary {...form.summary} />
      <SubmitButton>Get a new backup code</SubmitButton>
    </form>
  );
}
