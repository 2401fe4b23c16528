"use client";

import { useState } from "react";
import { cancelAddingMethodAction, confirmNewMethodAction, removeMethodAction, startAddingMethodAction } from "./actions";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FieldError, fieldWrapperClass } from "@/components/ui/field-parts";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Kind = "EMAIL" | "SMS" | "TOTP";

export function AddMethodForm({ existing, smsAvailable }: { existing: Kind[]; smsAvailable: boolean }) {
  const form = useActionForm(startAddingMethodAction);
  const options: { value: Kind; label: string; hint: string }[] = [
    { value: "TOTP", label: "Authentication app (recommended)", hint: "An app on your phone or computer shows the codes." },
    { value: "EMAIL", label: "Email", hint: "Codes go to your account email address." },
    {
      value: "SMS",
      label: existing.includes("SMS") ? "A new mobile number" : "Text message (SMS)",
      hint: "To a U.S. mobile number. It replaces your current number once confirmed.",
    },
  ];
  const available = options.filter((o) => (o.value === "SMS" ? smsAvailable : !existing.includes(o.value)));
  const [kind, setKind] = useState(form.value("kind") ?? "");
  const error = form.error("kind");
  if (available.length === 0) return <p>You already use every method available.</p>;
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} labels={{ kind: `kind-${available[0].value}` }} />
      <fieldset className={fieldWrapperClass(error)} aria-describedby={error ? "kind-error" : undefined}>
        <legend className="mb-2 font-bold">Which method?</legend>
        <FieldError id="kind" error={error} />
        {available.map((o) => (
          <div key={o.value} className="mb-3 flex items-start gap-3">
            <input
              type="radio"
              id={`kind-${o.value}`}
              name="kind"
              value={o.value}
              defaultChecked={kind === o.value}
              onChange={() => setKind(o.value)}
              aria-describedby={`kind-${o.value}-hint`}
              className="mt-1 h-6 w-6 shrink-0 accent-primary"
            />
            <div>
              <label htmlFor={`kind-${o.value}`} className="font-bold">
                {o.label}
              </label>
              <p id={`kind-${o.value}-hint`} className="mb-0 text-muted">
                {o.hint}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      {kind === "SMS" && (
        <TextField
          name="phone"
          label="U.S. mobile phone number"
          hint="10 digits, like (202) 555-0143. We send a code to it next."
          type="tel"
          autoComplete="tel-national"
          inputMode="tel"
          maxLength={40}
          defaultValue={form.value("phone")}
          error={form.error("phone")}
        />
      )}
      <SubmitButton>Continue</SubmitButton>
    </form>
  );
}

export function NewMethodCodeForm({ isApp }: { isApp: boolean }) {
  const form = useActionForm(confirmNewMethodAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <TextField
        name="code"
        label="Verification code"
        hint={isApp ? "The 6-digit code your app shows now." : "6 digits, like 123456."}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={32}
        className="max-w-48 font-mono tracking-widest"
        error={form.error("code")}
      />
      <SubmitButton>Verify and save</SubmitButton>
    </form>
  );
}

export function CancelAddingForm() {
  return (
    <form action={cancelAddingMethodAction} className="mt-4">
      <SubmitButton variant="link">Cancel and choose another method</SubmitButton>
    </form>
  );
}

/** Remove, with a second press to confirm so a slip of the finger changes nothing. */
export function RemoveMethodForm({ methodId, name }: { methodId: string; name: string }) {
  const form = useActionForm(removeMethodAction);
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button variant="outline" onClick={() => setConfirming(true)} aria-label={`Remove ${name}`}>
        Remove
      </Button>
    );
  }
  return (
    <form action={form.formAction} className="flex flex-wrap items-center gap-3">
      {form.state && !form.state.ok && (
        <p role="alert" className="mb-0 w-full font-bold text-error">
          {form.state.message}
        </p>
      )}
      <input type="hidden" name="methodId" value={methodId} />
      <span>Remove {name}?</span>
      <SubmitButton>Yes, remove</SubmitButton>
      <Button variant="outline" onClick={() => setConfirming(false)}>
        Keep it
      </Button>
    </form>
  );
}
