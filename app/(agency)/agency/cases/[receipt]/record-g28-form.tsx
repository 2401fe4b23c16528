"use client";

import { useTranslations } from "use-intl";
import { recordG28Action } from "./actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CaseToolForm } from "./case-tool-form";

export function RecordG28Form({ receiptNumber }: { receiptNumber: string }) {
  const form = useActionForm(recordG28Action);
  const t = useTranslations();
  return (
    <CaseToolForm form={form} name="record-g28" heading={t("agency.g28.record.heading")} receiptNumber={receiptNumber}>
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
    </CaseToolForm>
  );
}
