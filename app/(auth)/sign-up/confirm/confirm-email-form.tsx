"use client";

import { confirmEmailAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function ConfirmEmailForm({ token }: { token: string }) {
  const form = useActionForm(confirmEmailAction);
  return (
    <form action={form.formAction}>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Confirm my email and continue</SubmitButton>
    </form>
  );
}
