"use client";

import { useTranslations } from "use-intl";
import { changeMethodAction, resendCodeAction, verifyCodeAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function CodeForm({ isApp }: { isApp: boolean }) {
  const t = useTranslations();
  const form = useActionForm(verifyCodeAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <TextField
        name="code"
        label={t("signUp.code.codeLabel")}
        hint={isApp ? t("signUp.code.appHint") : t("signUp.code.codeHint")}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={32}
        className="max-w-48 font-mono tracking-widest"
        error={form.error("code")}
      />
      <SubmitButton>{t("signUp.code.verify")}</SubmitButton>
    </form>
  );
}

export function ResendCodeForm() {
  const t = useTranslations();
  const form = useActionForm(resendCodeAction);
  const state = form.state;
  return (
    <form action={form.formAction} className="w-full">
      {state && (
        <Alert kind={state.ok ? "success" : "error"} live testId="resend-result">
          <p>{state.ok ? t("signUp.code.resent", { to: state.sentTo }) : state.message}</p>
        </Alert>
      )}
      <SubmitButton variant="link">{t("signUp.code.resend")}</SubmitButton>
    </form>
  );
}

export function ChangeMethodForm() {
  const t = useTranslations();
  const form = useActionForm(changeMethodAction);
  return (
    <form action={form.formAction}>
      <SubmitButton variant="link">{t("signUp.code.changeMethod")}</SubmitButton>
    </form>
  );
}
