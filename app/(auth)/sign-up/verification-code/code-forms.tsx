"use client";

import { changeMethodAction, resendCodeAction, verifyCodeAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function CodeForm({ isApp }: { isApp: boolean }) {
  const form = useActionForm(verifyCodeAction);
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
      <SubmitButton>Verify</SubmitButton>
    </form>
  );
}

export function ResendCodeForm() {
  const form = useActionForm(resendCodeAction);
  const state = form.state;
  return (
    <form action={form.formAction} className="w-full">
      {state && (
        <Alert kind={state.ok ? "success" : "error"} live testId="resend-result">
          <p>
            {state.ok
              ? `We sent a new code to ${"sentTo" in state ? String(state.sentTo) : "you"}. Earlier codes no longer work.`
              : state.message}
          </p>
        </Alert>
      )}
      <SubmitButton variant="link">Request a new one-time password</SubmitButton>
    </form>
  );
}

export function ChangeMethodForm() {
  const form = useActionForm(changeMethodAction);
  return (
    <form action={form.formAction}>
      <SubmitButton variant="link">Choose a different verification method</SubmitButton>
    </form>
  );
}
