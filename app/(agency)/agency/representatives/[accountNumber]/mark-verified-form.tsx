"use client";

import { useTranslations } from "use-intl";
import { markVerifiedAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function MarkVerifiedForm({ accountNumber }: { accountNumber: string }) {
  const form = useActionForm(markVerifiedAction);
  const t = useTranslations();
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="accountNumber" value={accountNumber} />
      <p className="max-w-prose">{t("agency.rep.checkRosters")}</p>
      <SubmitButton>{t("agency.rep.markVerified")}</SubmitButton>
    </form>
  );
}
