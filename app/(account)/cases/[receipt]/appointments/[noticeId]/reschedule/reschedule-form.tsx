"use client";

import { useTranslations } from "use-intl";
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
}: {
  receiptNumber: string;
  noticeId: string;
  reasonMax: number;
  datesMax: number;
}) {
  const t = useTranslations();
  const form = useActionForm(requestRescheduleAction);
  return (
    <form key={form.formKey} action={form.formAction} noValidate className="max-w-prose">
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
