"use client";

import { useTranslations } from "use-intl";
import { submitForClientAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** "Submit the form": a form with no fee that the client has signed. */
export function SubmitForClientForm({ filingId }: { filingId: string }) {
  const t = useTranslations();
  const form = useActionForm(submitForClientAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="filingId" value={filingId} />
      <SubmitButton>{t("filing.sign.submitForm")}</SubmitButton>
    </form>
  );
}
