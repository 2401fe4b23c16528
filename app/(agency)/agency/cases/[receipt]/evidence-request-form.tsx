"use client";

import { useTranslations } from "use-intl";
import { openRequestAction } from "./actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CaseToolForm } from "./case-tool-form";

export function EvidenceRequestForm({ receiptNumber }: { receiptNumber: string }) {
  const form = useActionForm(openRequestAction);
  const t = useTranslations();
  return (
    <CaseToolForm form={form} name="open-request" heading={t("agency.request.heading")} receiptNumber={receiptNumber}>
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
    </CaseToolForm>
  );
}
