"use client";

import { signUpAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function SignUpEmailForm() {
  const form = useActionForm(signUpAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <TextField
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        defaultValue={form.value("email")}
        error={form.error("email")}
      />
      <TextField
        name="confirmEmail"
        label="Confirm email address"
        hint="Type it again to make sure it is right."
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        defaultValue={form.value("confirmEmail")}
        error={form.error("confirmEmail")}
      />
      <SubmitButton>Sign Up</SubmitButton>
    </form>
  );
}
