"use client";

import { useTranslations } from "use-intl";
import { signUpAction } from "./actions";
import { BrowserTimeZoneInput } from "./browser-time-zone-input";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, fieldWrapperClass } from "@/components/ui/field-parts";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function SignUpEmailForm() {
  const t = useTranslations();
  const form = useActionForm(signUpAction);
  const typeError = form.error("accountType");
  const accountTypes = [
    { value: "APPLICANT", label: t("signUp.start.applicantLabel"), hint: t("signUp.start.applicantHint") },
    { value: "REPRESENTATIVE", label: t("signUp.start.representativeLabel"), hint: t("signUp.start.representativeHint") },
  ];
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
      <fieldset className={fieldWrapperClass(typeError)} aria-describedby={typeError ? "accountType-error" : undefined}>
        <legend className="mb-2 font-bold">{t("signUp.start.accountTypeLegend")}</legend>
        <FieldError id="accountType" error={typeError} />
        {accountTypes.map((option) => (
          <div key={option.value} className="mb-3 flex items-start gap-3">
            <input
              type="radio"
              id={`accountType-${option.value}`}
              name="accountType"
              value={option.value}
              defaultChecked={form.value("accountType") === option.value}
              aria-describedby={`accountType-${option.value}-hint`}
              className="mt-1 h-6 w-6 shrink-0 accent-primary"
            />
            <div>
              <label htmlFor={`accountType-${option.value}`} className="font-bold">
                {option.label}
              </label>
              <p id={`accountType-${option.value}-hint`} className="mb-0 max-w-prose text-muted">
                {option.hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <SubmitButton>{t("signUp.start.submit")}</SubmitButton>
    </form>
  );
}
