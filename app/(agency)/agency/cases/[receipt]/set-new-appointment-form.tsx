"use client";

import { useTranslations } from "use-intl";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { setNewAppointmentAction } from "./appointment-actions";

/** The officer's answer to one request to reschedule: office, date and time on that office's clock. */
export function SetNewAppointmentForm({
  requestId,
  offices,
  defaultOffice,
}: {
  requestId: string;
  offices: { value: string; label: string }[];
  defaultOffice: string;
}) {
  const t = useTranslations();
  const form = useActionForm(setNewAppointmentAction);
  const id = (field: string) => `${field}-${requestId}`;
  return (
    <form key={form.formKey} action={form.formAction} noValidate data-testid="set-new-appointment-form">
      <ErrorSummary {...form.summary} headingId={id("errors")} labels={{ office: id("office"), date: id("date"), time: id("time") }} />
      <input type="hidden" name="requestId" value={requestId} />
      <SelectField
        name="office"
        id={id("office")}
        label={t("appointments.officer.form.office")}
        placeholder={t("appointments.officer.form.choose")}
        options={offices}
        defaultValue={form.value("office") ?? defaultOffice}
        error={form.error("office")}
      />
      <TextField
        name="date"
        id={id("date")}
        type="date"
        label={t("appointments.officer.form.date")}
        hint={t("appointments.officer.form.dateHint")}
        defaultValue={form.value("date")}
        error={form.error("date")}
      />
      <TextField
        name="time"
        id={id("time")}
        type="time"
        label={t("appointments.officer.form.time")}
        hint={t("appointments.officer.form.timeHint")}
        defaultValue={form.value("time")}
        error={form.error("time")}
      />
      <SubmitButton>{t("appointments.officer.form.submit")}</SubmitButton>
    </form>
  );
}
