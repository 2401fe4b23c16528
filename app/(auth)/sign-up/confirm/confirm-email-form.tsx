"use client";

import { confirmEmailAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** `submitLabel`: already in the reader's language (the page passes it). */
export function ConfirmEmailForm({ token, submitLabel }: { token: string; submitLabel: string }) {
  const form = useActionForm(confirmEmailAction);
  return (
    <form action={form.formAction}>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
