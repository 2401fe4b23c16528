"use client";

import { useTranslations } from "use-intl";
import { issueNoticeAction } from "./actions";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { ISSUABLE_NOTICE_OPTIONS } from "@/lib/notices/notice-kinds";
import { CaseToolForm } from "./case-tool-form";

/** `offices`: where appointments take place (each with its own time zone), as select options. */
export function IssueNoticeForm({ receiptNumber, offices }: { receiptNumber: string; offices: { value: string; label: string }[] }) {
  const form = useActionForm(issueNoticeAction);
  const t = useTranslations();
  return (
    <CaseToolForm form={form} name="issue-notice" heading={t("agency.notice.heading")} receiptNumber={receiptNumber}>
      <SelectField
        name="kind"
        label={t("agency.notice.kind")}
        options={ISSUABLE_NOTICE_OPTIONS}
        defaultValue={form.value("kind") ?? ""}
        error={form.error("kind")}
      />
      <fieldset className="mb-6 max-w-prose border-0 p-0">
        <legend className="mb-2 font-bold">{t("agency.notice.appointment")}</legend>
        <SelectField
          name="office"
          label={t("agency.notice.office")}
          placeholder={t("agency.notice.officeNone")}
          hint={t("agency.notice.officeHint")}
          options={offices}
          required={false}
          aria-required={false}
          defaultValue={form.value("office") ?? ""}
          error={form.error("office")}
        />
        <TextField
          name="appointmentDate"
          label={t("agency.notice.date")}
          type="date"
          required={false}
          hint={t("agency.notice.dateHint")}
          defaultValue={form.value("appointmentDate")}
          error={form.error("appointmentDate")}
        />
        <TextField
          name="appointmentTime"
          label={t("agency.notice.time")}
          type="time"
          required={false}
          hint={t("agency.notice.timeHint")}
          defaultValue={form.value("appointmentTime")}
          error={form.error("appointmentTime")}
        />
        <TextField
          name="location"
          label={t("agency.notice.location")}
          required={false}
          autoComplete="off"
          maxLength={200}
          defaultValue={form.value("location")}
          error={form.error("location")}
        />
      </fieldset>
      <SubmitButton>{t("agency.notice.submit")}</SubmitButton>
    </CaseToolForm>
  );
}
