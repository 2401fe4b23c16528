"use client";

import { useRef } from "react";
import { useTranslations } from "use-intl";
import { KeptDraftNotice } from "@/components/session/kept-draft-notice";
import { useKeptDraft } from "@/components/session/use-kept-draft";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { requestRescheduleAction } from "./actions";

export function RescheduleForm({
  receiptNumber,
  noticeId,
  reasonMax,
  datesMax,
  owner,
}: {
  receiptNumber: string;
  noticeId: string;
  reasonMax: number;
  datesMax: number;
  owner: string;
}) {
  const t = useTranslations();
  const form = useActionForm(requestRescheduleAction);
  const formRef = useRef<HTMLFormElement>(null);
  const restored = useKeptDraft(formRef, owner);
  return (
    <form ref={formRef} key={form.formKey} action={form.formAction} noValidate className="max-w-prose" data-keep-draft="reschedule">
      <KeptDraftNotice shown={restored && !form.state} />
      <ErrorSummary {...form.summary} />
      <input type="hidden" name="receiptNumber" value={receiptNumber} />
      <input type="hidden" name="noticeId" value={noticeId} />
      <TextAreaField
        name="reason"
        label={t("appointments.reschedule.reason.label")}
        hint={t("appointments.reschedule.reason.hint", { max: reasonMax })}
        error={form.error("reason")}
        defaultValue={form.value("reason")}
        rows={5}
      />
      <TextAreaField
        name="preferredDates"
        label={t("appointments.reschedule.dates.label")}
        hint={t("appointments.reschedule.dates.hint", { max: datesMax })}
        error={form.error("preferredDates")}
        defaultValue={form.value("preferredDates")}
        rows={3}
      />
      <SubmitButton>{t("appointments.reschedule.submit")}</SubmitButton>
    </form>
  );
}
