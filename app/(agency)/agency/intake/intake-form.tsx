"use client";

import { takeInPaperCaseAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Intake } from "@/lib/agency/console/intake";
import { formatUtcDate } from "@/lib/format";
import { ReceiptNumber } from "@/components/cases/receipt-number";

type Option = { value: string; label: string };

export function IntakeForm({ forms, offices }: { forms: Option[]; offices: Option[] }) {
  const form = useActionForm(takeInPaperCaseAction);
  const done = form.state?.ok ? form.state : null;
  if (done) return <IntakeDone intake={done} />;
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      <SelectField
        name="formType"
        label="Form filed"
        options={forms}
        defaultValue={form.value("formType") ?? ""}
        error={form.error("formType")}
      />
      <TextField
        name="applicantName"
        label="Applicant's name"
        hint="As written on the filing."
        autoComplete="off"
        maxLength={120}
        defaultValue={form.value("applicantName")}
        error={form.error("applicantName")}
      />
      <SelectField
        name="office"
        label="Receiving office"
        options={offices}
        defaultValue={form.value("office") ?? "EAC"}
        error={form.error("office")}
      />
      <SubmitButton>Create case</SubmitButton>
    </form>
  );
}

function IntakeDone({ intake }: { intake: Intake }) {
  return (
    <>
      <Alert kind="success" heading="The case was created" live testId="intake-done">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt>Receipt number</dt>
          <dd className="m-0 font-mono" data-testid="intake-receipt">
            <ReceiptNumber value={intake.receiptNumber} />
          </dd>
          <dt>Online Access Code</dt>
          <dd className="m-0 font-mono text-lg font-bold" data-testid="intake-code">
            {intake.accessCode}
          </dd>
          <dt>Code valid until</dt>
          <dd className="m-0">{formatUtcDate(new Date(intake.accessCodeExpiresAt))}</dd>
        </dl>
      </Alert>
      <p className="max-w-prose">
        <strong>This is the only time the code is shown.</strong> Download the Account Access Notice now and send it to the applicant.
      </p>
      <form method="post" action="/agency/intake/access-notice" className="mb-6">
        <input type="hidden" name="receipt" value={intake.receiptNumber} />
        <input type="hidden" name="code" value={intake.accessCode} />
        <button type="submit" className={buttonClass("primary")}>
          Download the Account Access Notice (PDF)
        </button>
      </form>
      <p>
        <a href={`/agency/cases/${intake.receiptNumber}`}>Open the case</a> · <a href="/agency/intake">Take in another case</a>
      </p>
    </>
  );
}
