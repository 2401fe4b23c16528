"use client";

import { markVerifiedAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function MarkVerifiedForm({ accountNumber }: { accountNumber: string }) {
  const form = useActionForm(markVerifiedAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="accountNumber" value={accountNumber} />
      <p className="max-w-prose">
        Check the bar admissions or the recognition and accreditation against the official rosters before you mark the details verified.
      </p>
      <SubmitButton>Mark verified</SubmitButton>
    </form>
  );
}
