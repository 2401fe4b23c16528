"use client";

import { useTranslations } from "use-intl";
import { openRequestAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { SuccessMessage } from "./success-message";

export function EvidenceRequestForm({ receiptNumber }: { receiptNumber: string }) {
  const form = useActionForm(openRequestAction);
  const t = useTranslations();
  return (
    <form
      key={form.formKey}
      action={form.formAction}
      noValidate
      className="mb-8 max-w-prose border-l-4 border-line pl-5"
      aria-labelledby="open-request-heading"
      data-testid="open-request-form"
    >
      <h3 id="open-request-heading" className="mt-0 mb-3 text-lg font-bold">
        {t("agency.request.heading")}
      </h3>
      <SuccessMessage state={form.state} testId="open-request-done" />
      <ErrorSummary {...form.summary} headingId="open-request-errors" />
      <input type="hidden" name="receipt" value={receiptNumber} />
      <TextAreaField
        name="instructions"
        label={t("agency.request.label")}
        hint={t("agency.request.hint")}
        rows={5}
        maxLength={4000}
        defaultValue={form.value("instructions")}
        error={form.error("instructions")}
      />
      <TextField
        name="dueDate"
        label={t("agency.request.dueDate")}
        type="date"
        hint={t("agency.request.dueHint")}
        defaultValue={form.value("dueDate")}
        error={form.error("dueDate")}
      />
      <SubmitButton>{t("agency.request.submit")}</SubmitButton>
    </form>
  );
}
