"use client";

import { useFormatter, useTranslations } from "use-intl";
import { takeInPaperCaseAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Intake } from "@/lib/agency/console/intake";
import { ReceiptNumber } from "@/components/cases/receipt-number";

type Option = { value: string; label: string };

export function IntakeForm({ forms, offices }: { forms: Option[]; offices: Option[] }) {
  const form = useActionForm(takeInPaperCaseAction);
  const t = useTranslations();
  const done = form.state?.ok ? form.state : null;
  if (done) return <IntakeDone intake={done} />;
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <SelectField
        name="formType"
        label={t("agency.intake.form")}
        options={forms}
        defaultValue={form.value("formType") ?? ""}
        error={form.error("formType")}
      />
      <TextField
        name="applicantName"
        label={t("agency.intake.applicantName")}
        hint={t("agency.intake.applicantNameHint")}
        autoComplete="off"
        maxLength={120}
        defaultValue={form.value("applicantName")}
        error={form.error("applicantName")}
      />
      <SelectField
        name="office"
        label={t("agency.intake.office")}
        options={offices}
        defaultValue={form.value("office") ?? "EAC"}
        error={form.error("office")}
      />
      <SubmitButton>{t("agency.intake.submit")}</SubmitButton>
    </form>
  );
}

function IntakeDone({ intake }: { intake: Intake }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <>
      <Alert kind="success" heading={t("agency.intake.created")} live testId="intake-done">
        <dl className="grid grid-cols-facts gap-x-4 gap-y-1">
          <dt>{t("agency.intake.receiptNumber")}</dt>
          <dd className="m-0 font-mono" data-testid="intake-receipt">
            <ReceiptNumber value={intake.receiptNumber} />
          </dd>
          <dt>{t("agency.intake.accessCode")}</dt>
          <dd className="m-0 font-mono text-lg font-bold" data-testid="intake-code">
            {intake.accessCode}
          </dd>
          <dt>{t("agency.intake.validUntil")}</dt>
          <dd className="m-0">{format.dateTime(new Date(intake.accessCodeExpiresAt), "date")}</dd>
        </dl>
      </Alert>
      <p className="max-w-prose">{t.rich("agency.intake.onlyOnce", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <form method="post" action="/agency/intake/access-notice" className="mb-6">
        <input type="hidden" name="receipt" value={intake.receiptNumber} />
        <input type="hidden" name="code" value={intake.accessCode} />
        <button type="submit" className={buttonClass("primary")}>
          {t("agency.intake.download")}
        </button>
      </form>
      <p>
        <a href={`/agency/cases/${intake.receiptNumber}`}>{t("agency.intake.openCase")}</a> ·{" "}
        <a href="/agency/intake">{t("agency.intake.another")}</a>
      </p>
    </>
  );
}
