"use client";

import { useTranslations } from "use-intl";
import { AccountTypeChoice } from "./account-type-choice";
import { signUpAction } from "./actions";
import { BrowserTimeZoneInput } from "./browser-time-zone-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function SignUpEmailForm() {
  const t = useTranslations();
  const form = useActionForm(signUpAction);
  const typeError = form.error("accountType");
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} labels={{ accountType: "accountType-APPLICANT" }} />
      <BrowserTimeZoneInput />
      <TextField
        name="email"
        label={t("signUp.start.emailLabel")}
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        defaultValue={form.value("email")}
        error={form.error("email")}
      />
      <TextField
        name="confirmEmail"
        label={t("signUp.start.confirmEmailLabel")}
        hint={t("signUp.start.confirmEmailHint")}
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        defaultValue={form.value("confirmEmail")}
        error={form.error("confirmEmail")}
      />
      <AccountTypeChoice defaultValue={form.value("accountType")} error={typeError} />
      <SubmitButton>{t("signUp.start.submit")}</SubmitButton>
    </form>
  );
}
