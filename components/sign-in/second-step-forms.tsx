"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction, FormState } from "@/lib/result";
import type { OtpChannel } from "@/lib/mfa/otp-challenge";

type SendAction = FormAction<{ sentTo: string }>;

/** The code field of a second step: sign-in, or the re-check before a settings change (`next`). */
function CodeForm({ verifyAction, next, hint }: { verifyAction: FormAction; next?: string; hint: string }) {
  const verify = useActionForm(verifyAction);
  return (
    <form key={verify.formKey} action={verify.formAction} noValidate>
      <ErrorSummary {...verify.summary} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        name="code"
        label="Verification code"
        hint={hint}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={32}
        className="max-w-48 font-mono tracking-widest"
        error={verify.error("code")}
      />
      <SubmitButton>Verify</SubmitButton>
    </form>
  );
}

/** The authentication app: one code field. */
export function AppCodeForm({ verifyAction, next }: { verifyAction: FormAction; next?: string }) {
  return (
    <section aria-labelledby="way-heading">
      <h2 id="way-heading">Use your authentication app</h2>
      <CodeForm verifyAction={verifyAction} next={next} hint="Enter the 6-digit code your authentication app shows, like 123456." />
    </section>
  );
}

/**
 * A code by email or text: send it, enter it, or send a new one to the same place. Every send
 * starts the code field afresh, so an earlier "not correct" does not linger next to a new code.
 */
export function SentCodeForms({
  channel,
  to,
  alreadySent,
  sendAction,
  verifyAction,
  next,
}: {
  channel: OtpChannel;
  to: string;
  alreadySent: boolean;
  sendAction: SendAction;
  verifyAction: FormAction;
  next?: string;
}) {
  const [sends, setSends] = useState(0);
  const send = useActionForm<{ sentTo: string }>(async (state: FormState<{ sentTo: string }>, form: FormData) => {
    const result = await sendAction(state, form);
    setSends((count) => count + 1);
    return result;
  });
  const sent = send.state?.ok ? send.state.sentTo : alreadySent ? to : null;
  const by = channel === "SMS" ? "text message" : "email";
  return (
    <section aria-labelledby="way-heading">
      <h2 id="way-heading">Get a code by {by}</h2>
      {send.state && !send.state.ok && (
        <Alert kind="error" live testId="send-result">
          <p>{send.state.message}</p>
        </Alert>
      )}
      <p role="status" data-testid={sent ? "code-sent-to" : "code-goes-to"}>
        {sent ? (
          <>
            We sent a code by {by} to <strong>{sent}</strong>. It expires in 10 minutes.
          </>
        ) : (
          <>
            We will send a 6-digit code by {by} to <strong>{to}</strong>.
          </>
        )}
      </p>
      {sent && <CodeForm key={sends} verifyAction={verifyAction} next={next} hint="6 digits, like 123456." />}
      <form action={send.formAction} className="mt-6">
        <input type="hidden" name="channel" value={channel} />
        {sent && <p className="mb-2">Didn&apos;t get it?</p>}
        <SubmitButton variant={sent ? "link" : "primary"}>{sent ? "Send a new code" : "Send code"}</SubmitButton>
      </form>
    </section>
  );
}
