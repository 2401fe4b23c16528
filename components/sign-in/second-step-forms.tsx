"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction, FormState } from "@/lib/result";
import type { OtpChannel } from "@/lib/mfa/otp-challenge";

type SendAction = FormAction<{ sentTo: string }>;

/** The code field of a second step: sign-in, or the re-check before a settings change (`next`). */
function CodeForm({ verifyAction, next, hint, focus = false }: { verifyAction: FormAction; next?: string; hint: string; focus?: boolean }) {
  const t = useTranslations();
  const verify = useActionForm(verifyAction);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (focus) (form.current?.elements.namedItem("code") as HTMLInputElement | null)?.focus();
  }, [focus]);
  return (
    <form ref={form} key={verify.formKey} action={verify.formAction} noValidate>
      <ErrorSummary {...verify.summary} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField
        name="code"
        label={t("signIn.verify.codeLabel")}
        hint={hint}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={32}
        className="max-w-48 font-mono tracking-widest"
        error={verify.error("code")}
      />
      <SubmitButton>{t("signIn.verify.submit")}</SubmitButton>
    </form>
  );
}

/** The authentication app: one code field. */
export function AppCodeForm({ verifyAction, next }: { verifyAction: FormAction; next?: string }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="way-heading">
      <h2 id="way-heading">{t("signIn.verify.appHeading")}</h2>
      <CodeForm verifyAction={verifyAction} next={next} hint={t("signIn.verify.appHint")} />
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
  const t = useTranslations();
  const [sends, setSends] = useState(0);
  // The code box appears above the button just pressed: the first time, focus goes to it.
  const codeShown = useRef(alreadySent);
  const [focusCode, setFocusCode] = useState(false);
  const send = useActionForm<{ sentTo: string }>(async (state: FormState<{ sentTo: string }>, form: FormData) => {
    const result = await sendAction(state, form);
    setFocusCode(Boolean(result?.ok) && !codeShown.current);
    if (result?.ok) codeShown.current = true;
    setSends((count) => count + 1);
    return result;
  });
  const sent = send.state?.ok ? send.state.sentTo : alreadySent ? to : null;
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <section aria-labelledby="way-heading">
      <h2 id="way-heading">{t("signIn.verify.sentHeading", { channel })}</h2>
      {send.state && !send.state.ok && (
        <Alert kind="error" live testId="send-result">
          <p>{send.state.message}</p>
        </Alert>
      )}
      <p role="status" data-testid={sent ? "code-sent-to" : "code-goes-to"}>
        {sent ? t.rich("signIn.verify.sentTo", { channel, to: sent, strong }) : t.rich("signIn.verify.willSend", { channel, to, strong })}
      </p>
      {sent && <CodeForm key={sends} verifyAction={verifyAction} next={next} hint={t("signIn.verify.sentHint")} focus={focusCode} />}
      <form action={send.formAction} className="mt-6">
        <input type="hidden" name="channel" value={channel} />
        {sent && <p className="mb-2">{t("signIn.verify.didntGetIt")}</p>}
        <SubmitButton variant={sent ? "link" : "primary"}>{sent ? t("signIn.verify.sendNew") : t("signIn.verify.send")}</SubmitButton>
      </form>
    </section>
  );
}
