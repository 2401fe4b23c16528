"use client";

import { startPaymentAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function PayForm({ filingId, label }: { filingId: string; label: string }) {
  const form = useActionForm(startPaymentAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="filingId" value={filingId} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
