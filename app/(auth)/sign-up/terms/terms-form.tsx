"use client";

import { useTranslations } from "use-intl";
import { acceptTermsAction } from "./actions";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function TermsForm() {
  const t = useTranslations();
  const form = useActionForm(acceptTermsAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <Checkbox name="agree" value="yes" label={t("signUp.terms.agreeLabel")} error={form.error("agree")} />
      <SubmitButton>{t("signUp.terms.submit")}</SubmitButton>
    </form>
  );
}
