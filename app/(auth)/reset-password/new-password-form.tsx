"use client";

import { newPasswordAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function NewPasswordForm({ token, email }: { token: string; email: string }) {
  const form = useActionForm(newPasswordAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="token" value={token} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        name="password"
        label="New password"
        showRules
        userWords={[email, email.split("@")[0]]}
        error={form.error("password")}
      />
      <PasswordField
        name="confirmPassword"
        label="Confirm new password"
        hint="Type the same password again."
        error={form.error("confirmPassword")}
      />
      <SubmitButton>Reset my password</SubmitButton>
    </form>
  );
}
