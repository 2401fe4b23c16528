"use client";

import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { withdrawAction } from "./actions";

export function WithdrawForm({ representationId }: { representationId: string }) {
  const form = useActionForm(withdrawAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="representationId" value={representationId} />
      <SubmitButton>Yes, withdraw my G-28</SubmitButton>
    </form>
  );
}
