"use client";

import { sendToClientAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** The representative's "Send to client for review": the client gets an emailed link; the page says so. */
export function SendToClientForm({ filingId, label }: { filingId: string; label: string }) {
  const form = useActionForm(sendToClientAction);
  const result = form.state;
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      {result?.ok && (
        <Alert kind="success" heading="Sent to your client" live testId="sent-to-client">
          <p>We emailed your client a link to review and sign the form in their own account: {result.sentTo}.</p>
        </Alert>
      )}
      <input type="hidden" name="filingId" value={filingId} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
