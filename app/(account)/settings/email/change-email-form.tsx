"use client";

import { useTranslations } from "use-intl";
import { requestEmailChangeAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function ChangeEmailForm() {
  const t = useTranslations();
  const form = useActionForm(requestEmailChangeAction);
  if (form.state?.ok) {
    const { sentTo } = form.state;
    return (
      <Alert kind="success" heading={t("settings.email.sentHeading")} live testId="email-change-sent">
        <p>{t.rich("settings.email.sent", { email: sentTo, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      </Alert>
    );
  }
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <TextField
        name="newEmail"
        label={t("settings.email.newEmail")}
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        defaultValue={form.value("newEmail")}
        error={form.error("newEmail")}
      />
      <TextField
        name="confirmNewEmail"
        label={t("settings.email.confirmNewEmail")}
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        defaultValue={form.value("confirmNewEmail")}
        error={form.error("confirmNewEmail")}
      />
      <SubmitButton>{t("settings.email.send")}</SubmitButton>
    </form>
  );
}
