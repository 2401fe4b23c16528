"use client";

import { useTranslations } from "use-intl";
import { addStatusAction } from "./actions";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { STATUS_TITLES } from "@/lib/cases/statuses";
import { CaseToolForm } from "./case-tool-form";

export function AddStatusForm({ receiptNumber }: { receiptNumber: string }) {
  const form = useActionForm(addStatusAction);
  const t = useTranslations();
  // Status titles are also the stored values; their words belong to the case statuses.
  const options = STATUS_TITLES.map((title) => ({ value: title, label: title }));
  return (
    <CaseToolForm form={form} name="add-status" heading={t("agency.addStatus.heading")} receiptNumber={receiptNumber}>
      <SelectField
        name="status"
        label={t("agency.addStatus.label")}
        options={options}
        defaultValue={form.value("status") ?? ""}
        error={form.error("status")}
        hint={t("agency.addStatus.hint")}
      />
      <SubmitButton>{t("agency.addStatus.submit")}</SubmitButton>
    </CaseToolForm>
  );
}
