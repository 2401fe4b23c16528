"use client";

import { useTranslations } from "use-intl";
import { changePasswordAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations();
  const form = useActionForm(changePasswordAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        name="currentPassword"
        label={t("settings.password.current")}
        autoComplete="current-password"
        error={form.error("currentPassword")}
      />
      <PasswordField
        name="password"
        label={t("settings.password.new")}
        showRules
        userWords={[email, email.split("@")[0]]}
        error={form.error("password")}
      />
      <PasswordField
        name="confirmPassword"
        label={t("settings.password.confirm")}
        hint={t("settings.password.confirmHint")}
        error={form.error("confirmPassword")}
      />
      <SubmitButton>{t("settings.password.submit")}</SubmitButton>
    </form>
  );
}
