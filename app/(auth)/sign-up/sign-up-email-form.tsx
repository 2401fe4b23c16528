"use client";

import { signUpAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, fieldWrapperClass } from "@/components/ui/field-parts";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

const ACCOUNT_TYPES = [
  {
    value: "APPLICANT",
    label: "For myself",
    hint: "You are applying, or you want to follow your own cases.",
  },
  {
    value: "REPRESENTATIVE",
    label: "As a legal representative",
    hint: "You are an attorney, or an accredited representative of a recognized organization, and you help clients with their cases. Your clients keep their own accounts.",
  },
] as const;

export function SignUpEmailForm() {
  const form = useActionForm(signUpAction);
  const typeError = form.error("accountType");
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} labels={{ accountType: "accountType-APPLICANT" }} />
      <TextField
        name="email"
        label="Email address"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        defaultValue={form.value("email")}
        error={form.error("email")}
      />
      <TextField
        name="confirmEmail"
        label="Confirm email address"
        hint="Type it again to make sure it is right."
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        defaultValue={form.value("confirmEmail")}
        error={form.error("confirmEmail")}
      />
      <fieldset className={fieldWrapperClass(typeError)} aria-describedby={typeError ? "accountType-error" : undefined}>
        <legend className="mb-2 font-bold">Who is this account for?</legend>
        <FieldError id="accountType" error={typeError} />
        {ACCOUNT_TYPES.map((option) => (
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
      <SubmitButton>Sign Up</SubmitButton>
    </form>
  );
}
