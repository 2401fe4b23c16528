"use client";

import { useTranslations } from "use-intl";
import { FieldError, fieldWrapperClass } from "@/components/ui/field-parts";

/**
 * "Who is this account for?": on the first sign-up page, and again on the confirmation page, where
 * the person who opened the email has the last word. Needs the "signUp" texts.
 */
export function AccountTypeChoice({ defaultValue, error: typeError }: { defaultValue?: string; error?: string }) {
  const t = useTranslations();
  const accountTypes = [
    { value: "APPLICANT", label: t("signUp.start.applicantLabel"), hint: t("signUp.start.applicantHint") },
    { value: "REPRESENTATIVE", label: t("signUp.start.representativeLabel"), hint: t("signUp.start.representativeHint") },
  ];
  return (
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
            defaultChecked={defaultValue === option.value}
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
  );
}
