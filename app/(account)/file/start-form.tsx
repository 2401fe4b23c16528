"use client";

import { startDraftAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** "Start" on one form of the catalogue: a new draft, then its task list. The words come translated from the page. */
export function StartForm({ formType, title, startLabel }: { formType: string; title: string; startLabel: string }) {
  const form = useActionForm(startDraftAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} headingId={`start-${formType}-error`} />
      <input type="hidden" name="formType" value={formType} />
      <SubmitButton>
        {startLabel}
        <span className="sr-only">, {title}</span>
      </SubmitButton>
    </form>
  );
}
