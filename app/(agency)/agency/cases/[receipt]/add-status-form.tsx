"use client";

import { useTranslations } from "use-intl";
import { addStatusAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { STATUS_TITLES } from "@/lib/cases/statuses";
import { SuccessMessage } from "./success-message";

export function AddStatusForm({ receiptNumber }: { receiptNumber: string }) {
  const form = useActionForm(addStatusAction);
  const t = useTranslations();
  // Status titles are also the stored values; their words belong to the case statuses.
  const options = STATUS_TITLES.map((title) => ({ value: title, label: title }));
  return (
    <form
      key={form.formKey}
      action={form.formAction}
      noValidate
      className="mb-8 max-w-prose border-l-4 border-line pl-5"
      aria-labelledby="add-status-heading"
      data-testid="add-status-form"
    >
      <h3 id="add-status-heading" className="mt-0 mb-3 text-lg font-bold">
        {t("agency.addStatus.heading")}
      </h3>
      <SuccessMessage state={form.state} testId="add-status-done" />
      <ErrorSummary {...form.summary} headingId="add-status-errors" />
      <input type="hidden" name="receipt" value={receiptNumber} />
      <SelectField
        name="status"
        label={t("agency.addStatus.label")}
        options={options}
        defaultValue={form.value("status") ?? ""}
        error={form.error("status")}
        hint={t("agency.addStatus.hint")}
      />
      <SubmitButton>{t("agency.addStatus.submit")}</SubmitButton>
    </form>
  );
}
