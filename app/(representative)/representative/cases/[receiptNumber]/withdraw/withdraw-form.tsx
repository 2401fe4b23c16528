"use client";

import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { withdrawAction } from "./actions";

/** submitLabel: the button, already in the reader's language (the page has it). */
export function WithdrawForm({ representationId, submitLabel }: { representationId: string; submitLabel: string }) {
  const form = useActionForm(withdrawAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="representationId" value={representationId} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
