"use client";

import { useState } from "react";
import { chooseMethodAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, fieldWrapperClass } from "@/components/ui/field-parts";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

const OPTIONS = [
  {
    value: "TOTP",
    label: "Authentication app (recommended)",
    hint: "Use an app on your phone or computer, such as Google Authenticator, Microsoft Authenticator or 1Password.",
  },
  { value: "EMAIL", label: "Email", hint: "" },
  { value: "SMS", label: "Text message (SMS)", hint: "To a U.S. mobile phone number. Message and data rates may apply." },
  { value: "EMAIL_SMS", label: "Email and text message", hint: "Each time you sign in, you choose where to send the code." },
] as const;

export function MethodForm({ emailMasked, smsAvailable }: { emailMasked: string; smsAvailable: boolean }) {
  const form = useActionForm(chooseMethodAction);
  const [method, setMethod] = useState<string>(form.value("method") ?? "");
  const options = OPTIONS.filter((o) => smsAvailable || (o.value !== "SMS" && o.value !== "EMAIL_SMS"));
  const needsPhone = method === "SMS" || method === "EMAIL_SMS";
  const error = form.error("method");
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} labels={{ method: "method-TOTP" }} />
      <fieldset className={fieldWrapperClass(error)} aria-describedby={error ? "method-error" : undefined}>
        <legend className="mb-2 font-bold">How do you want to get verification codes?</legend>
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
                {option.value === "EMAIL" ? `Codes go to ${emailMasked}.` : option.hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      {needsPhone && (
        <TextField
          name="phone"
          label="U.S. mobile phone number"
          hint="10 digits, like (202) 555-0143. We send a code to it next."
          type="tel"
          autoComplete="tel-national"
          inputMode="tel"
          defaultValue={form.value("phone")}
          error={form.error("phone")}
        />
      )}
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
}
