"use client";

import { submitResponseAction } from "./actions";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** `action`: the representative's page passes its own (same fields, its own session). */
export function SubmitResponseForm({
  receiptNumber,
  requestId,
  action = submitResponseAction,
}: {
  receiptNumber: string;
  requestId: string;
  action?: typeof submitResponseAction;
}) {
  const form = useActionForm(action);
  return (
    <section aria-labelledby="submit-heading" className="max-w-prose border-2 border-line p-6">
      <h2 id="submit-heading" className="mt-0">
        Submit your response
      </h2>
      <form key={form.formKey} action={form.formAction} noValidate>
        <ErrorSummary {...form.summary} />
        <p>When you submit, the documents listed above are sent to us together. You cannot add or remove documents afterwards.</p>
        <input type="hidden" name="receiptNumber" value={receiptNumber} />
        <input type="hidden" name="requestId" value={requestId} />
        <Checkbox
          name="confirm"
          value="yes"
          label="I have uploaded everything I want to send in response to this request."
          error={form.error("confirm")}
        />
        <SubmitButton>Submit my response</SubmitButton>
      </form>
    </section>
  );
}
