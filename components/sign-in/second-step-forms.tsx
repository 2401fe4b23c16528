"use client";

import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/result";
import type { SecondStepView } from "@/lib/auth/second-step";

/** The code forms of a second step: sign-in, or the re-check before a settings change (`next`). */
export function SecondStepForms({
  view,
  sendAction,
  verifyAction,
  next,
}: {
  view: SecondStepView;
  sendAction: FormAction<{ sentTo: string }>;
  verifyAction: FormAction;
  next?: string;
}) {
  const send = useActionForm(sendAction);
  const verify = useActionForm(verifyAction);
  const sent = send.state?.ok ? send.state.sentTo : view.sentTo;
  return (
    <>
      {view.hasApp && <p>Enter the 6-digit code your authentication app shows.</p>}
      {view.channels.length > 0 && (
        <form action={send.formAction} className="mb-8">
          {send.state && !send.state.ok && (
            <Alert kind="error" live testId="send-result">
              <p>{send.state.message}</p>
            </Alert>
          )}
          {sent && (
            <p role="status" data-testid="code-sent-to">
              We sent a code to <strong>{sent}</strong>. It expires in 10 minutes.
            </p>
          )}
          <fieldset className="mb-4">
            <legend className="mb-2 font-bold">{sent ? "Send a new code to" : "Where should we send your code?"}</legend>
            {view.channels.map((c, i) => (
              <div key={c.channel} className="mb-2 flex items-center gap-3">
                <input
                  type="radio"
                  id={`channel-${c.channel}`}
                  name="channel"
                  value={c.channel}
                  defaultChecked={i === 0}
                  className="h-6 w-6 accent-primary"
                />
                <label htmlFor={`channel-${c.channel}`}>{c.label}</label>
              </div>
            ))}
          </fieldset>
          <SubmitButton variant={sent ? "link" : "primary"}>{sent ? "Request a new one-time password" : "Send code"}</SubmitButton>
        </form>
      )}
      {(view.hasApp || sent) && (
        <form key={verify.formKey} action={verify.formAction} noValidate>
          <ErrorSummary {...verify.summary} />
          {next && <input type="hidden" name="next" value={next} />}
          <TextField
            name="code"
            label="Verification code"
            hint="6 digits, like 123456."
            autoComplete="one-time-code"
            inputMode="numeric"
            maxLength={32}
            className="max-w-48 font-mono tracking-widest"
            error={verify.error("code")}
          />
          <SubmitButton>Verify</SubmitButton>
        </form>
      )}
    </>
  );
}
