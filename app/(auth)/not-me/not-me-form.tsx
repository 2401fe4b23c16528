"use client";

import { reportNotMeAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function NotMeForm({ token }: { token: string }) {
  const form = useActionForm(reportNotMeAction);
  return (
    <form action={form.formAction}>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton>Secure my account</SubmitButton>
    </form>
  );
}
