"use client";

import { signInAction } from "@/app/(auth)/sign-in/actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function SignInForm() {
  const form = useActionForm(signInAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <TextField name="email" label="Email address" type="email" autoComplete="username" inputMode="email" spellCheck={false} defaultValue={form.value("email")} error={form.error("email")} />
      <PasswordField name="password" label="Password" autoComplete="current-password" error={form.error("password")} />
      <SubmitButton>Sign In</SubmitButton>
    </form>
  );
}
