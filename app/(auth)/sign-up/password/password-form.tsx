"use client";

import { useTranslations } from "use-intl";
import { setPasswordAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function PasswordForm({ email }: { email: string }) {
  const t = useTranslations();
  const form = useActionForm(setPasswordAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        name="password"
        label={t("signUp.password.passwordLabel")}
        showRules
        userWords={[email, email.split("@")[0]]}
        error={form.error("password")}
      />
      <PasswordField
        name="confirmPassword"
        label={t("signUp.password.confirmLabel")}
        hint={t("signUp.password.confirmHint")}
        error={form.error("confirmPassword")}
      />
      <SubmitButton>{t("signUp.password.submit")}</SubmitButton>
    </form>
  );
}
