"use client";

import { useTranslations } from "use-intl";
import { newPasswordAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function NewPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations();
  const form = useActionForm(newPasswordAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="token" value={token} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField
        name="password"
        label={t("passwordReset.newPassword.password")}
        showRules
        userWords={[email, email.split("@")[0]]}
        error={form.error("password")}
      />
      <PasswordField
        name="confirmPassword"
        label={t("passwordReset.newPassword.confirm")}
        hint={t("passwordReset.newPassword.confirmHint")}
        error={form.error("confirmPassword")}
      />
      <SubmitButton>{t("passwordReset.newPassword.submit")}</SubmitButton>
    </form>
  );
}
