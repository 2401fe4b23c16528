"use client";

import { recordG28Action } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { SuccessMessage } from "./success-message";

export function RecordG28Form({ receiptNumber }: { receiptNumber: string }) {
  const form = useActionForm(recordG28Action);
  return (
    <form
      key={form.formKey}
      action={form.formAction}
      noValidate
      className="mb-8 max-w-prose border-l-4 border-line pl-5"
      aria-labelledby="record-g28-heading"
      data-testid="record-g28-form"
    >
      <h3 id="record-g28-heading" className="mt-0 mb-3 text-lg font-bold">
        Record a paper G-28
      </h3>
      <SuccessMessage state={form.state} testId="record-g28-done" />
      <ErrorSummary {...form.summary} labels={{ representative: "Representative" }} headingId="record-g28-errors" />
      <input type="hidden" name="receipt" value={receiptNumber} />
      <TextField
        name="representative"
        label="Representative's email address or account number"
        hint="The representative must have a legal representative account. The account number has 12 digits."
        autoComplete="off"
        spellCheck={false}
        defaultValue={form.value("representative") ?? ""}
        error={form.error("representative")}
      />
      <SubmitButton>Record G-28</SubmitButton>
    </form>
  );
}
