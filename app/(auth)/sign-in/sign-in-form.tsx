"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { signInAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PasswordField } from "@/components/ui/password-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useRouteForm } from "@/components/ui/use-route-form";
import { ProofOfWork } from "./proof-of-work";

export function SignInForm({ powChallenge }: { powChallenge: string | null }) {
  const t = useTranslations();
  const form = useRouteForm(signInAction, "/sign-in/password");
  const [solved, setSolved] = useState(false);
  const failed = form.state && !form.state.ok ? (form.state as { powChallenge?: string }) : null;
  const challenge = failed ? (failed.powChallenge ?? null) : powChallenge;
  return (
    <form key={form.formKey} action={form.formAction} onSubmit={form.onSubmit} noValidate>
      <ErrorSummary {...form.summary} />
      <TextField
        name="email"
        label={t("signIn.form.email")}
        type="email"
        autoComplete="username"
        inputMode="email"
        spellCheck={false}
        defaultValue={form.value("email")}
        error={form.error("email")}
      />
      <PasswordField name="password" label={t("signIn.form.password")} autoComplete="current-password" error={form.error("password")} />
      {challenge && <ProofOfWork challenge={challenge} onSolved={setSolved} />}
      <SubmitButton disabled={Boolean(challenge) && !solved} pending={form.pending}>
        {t("signIn.form.submit")}
      </SubmitButton>
    </form>
  );
}
