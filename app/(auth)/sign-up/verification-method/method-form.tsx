"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { chooseMethodAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, fieldWrapperClass } from "@/components/ui/field-parts";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

const METHODS = ["TOTP", "EMAIL", "SMS", "EMAIL_SMS"] as const;

export function MethodForm({ emailMasked, smsAvailable }: { emailMasked: string; smsAvailable: boolean }) {
  const t = useTranslations();
  const form = useActionForm(chooseMethodAction);
  const allOptions = METHODS.map((value) => {
    switch (value) {
      case "TOTP":
        return { value, label: t("signUp.method.totpLabel"), hint: t("signUp.method.totpHint") };
      case "EMAIL":
        return { value, label: t("signUp.method.emailLabel"), hint: t("signUp.method.emailHint", { email: emailMasked }) };
      case "SMS":
        return { value, label: t("signUp.method.smsLabel"), hint: t("signUp.method.smsHint") };
      case "EMAIL_SMS":
        return { value, label: t("signUp.method.emailSmsLabel"), hint: t("signUp.method.emailSmsHint") };
    }
  });
  const [method, setMethod] = useState<string>(form.value("method") ?? "");
  const options = allOptions.filter((o) => smsAvailable || (o.value !== "SMS" && o.value !== "EMAIL_SMS"));
  const needsPhone = method === "SMS" || method === "EMAIL_SMS";
  const error = form.error("method");
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} labels={{ method: "method-TOTP" }} />
      <fieldset className={fieldWrapperClass(error)} aria-describedby={error ? "method-error" : undefined}>
        <legend className="mb-2 font-bold">{t("signUp.method.legend")}</legend>
        <FieldError id="method" error={error} />
        {options.map((option) => (
          <div key={option.value} className="mb-3 flex items-start gap-3">
            <input
              type="radio"
              id={`method-${option.value}`}
              name="method"
              value={option.value}
              defaultChecked={form.value("method") === option.value}
              onChange={() => setMethod(option.value)}
              aria-describedby={`method-${option.value}-hint`}
              className="mt-1 h-6 w-6 shrink-0 accent-primary"
            />
            <div>
              <label htmlFor={`method-${option.value}`} className="font-bold">
                {option.label}
              </label>
              <p id={`method-${option.value}-hint`} className="mb-0 text-muted">
                {option.hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      {needsPhone && (
        <TextField
          name="phone"
          label={t("signUp.method.phoneLabel")}
          hint={t("signUp.method.phoneHint")}
          type="tel"
          autoComplete="tel-national"
          inputMode="tel"
          defaultValue={form.value("phone")}
          error={form.error("phone")}
        />
      )}
      <SubmitButton>{t("signUp.method.submit")}</SubmitButton>
    </form>
  );
}
