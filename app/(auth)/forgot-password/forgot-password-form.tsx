"use client";

import { useTranslations } from "use-intl";
import { requestResetAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function ForgotPasswordForm() {
  const t = useTranslations();
  const form = useActionForm(requestResetAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <TextField
        name="email"
        label={t("passwordReset.forgot.email")}
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        defaultValue={form.value("email")}
        error={form.error("email")}
      />
      <SubmitButton>{t("passwordReset.forgot.submit")}</SubmitButton>
    </form>
  );
}
