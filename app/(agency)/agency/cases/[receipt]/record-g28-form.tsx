"use client";

import { useTranslations } from "use-intl";
import { recordG28Action } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { SuccessMessage } from "./success-message";

export function RecordG28Form({ receiptNumber }: { receiptNumber: string }) {
  const form = useActionForm(recordG28Action);
  const t = useTranslations();
  return (
    <form
      key={form.formKey}
      action={form.formAction}
      noValidate
      className="mb-8 max-w-prose border-l-4 border-line pl-5"
      aria-labelledby="record-g28-heading"
      data-testid="record-g28-form"
    >
      <h3 id="record-g28-heading" className="mt-0 mb-3 text-lg font-bold">
        {t("agency.g28.record.heading")}
      </h3>
      <SuccessMessage state={form.state} testId="record-g28-done" />
      <ErrorSummary {...form.summary} headingId="record-g28-errors" />
      <input type="hidden" name="receipt" value={receiptNumber} />
      <TextField
        name="representative"
        label={t("agency.g28.record.label")}
        hint={t("agency.g28.record.hint")}
        autoComplete="off"
        spellCheck={false}
        defaultValue={form.value("representative") ?? ""}
        error={form.error("representative")}
      />
      <SubmitButton>{t("agency.g28.record.submit")}</SubmitButton>
    </form>
  );
}
