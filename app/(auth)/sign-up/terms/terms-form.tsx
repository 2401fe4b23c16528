"use client";

import { acceptTermsAction } from "./actions";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function TermsForm() {
  const form = useActionForm(acceptTermsAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <Checkbox name="agree" value="yes" label="I have read and agree to the Terms of Use" error={form.error("agree")} />
      <SubmitButton>I Agree</SubmitButton>
    </form>
  );
}
