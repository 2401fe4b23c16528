"use client";

import { useTranslations } from "use-intl";
import { backupCodeSignInAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function BackupCodeForm() {
  const t = useTranslations();
  const form = useActionForm(backupCodeSignInAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <TextField
        name="backupCode"
        label={t("signIn.backupCode.label")}
        hint={t("signIn.backupCode.hint")}
        autoComplete="off"
        spellCheck={false}
        maxLength={64}
        className="max-w-80 font-mono uppercase tracking-wider"
        error={form.error("backupCode")}
      />
      <SubmitButton>{t("signIn.backupCode.submit")}</SubmitButton>
    </form>
  );
}
