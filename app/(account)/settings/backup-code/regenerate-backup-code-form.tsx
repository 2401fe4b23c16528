"use client";

import { regenerateBackupCodeAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** `label`: the button's text, translated by the page. */
export function RegenerateBackupCodeForm({ label }: { label: string }) {
  const form = useActionForm(regenerateBackupCodeAction);
  return (
    <form action={form.formAction}>
      <ErrorSummary {...form.summary} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
