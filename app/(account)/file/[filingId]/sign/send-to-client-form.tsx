"use client";

import { useTranslations } from "use-intl";
import { sendToClientAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** The representative's "Send to client for review": the client gets an emailed link; the page says so. */
export function SendToClientForm({ filingId, label }: { filingId: string; label: string }) {
  const t = useTranslations();
  const form = useActionForm(sendToClientAction);
  const result = form.state;
  return (
    <form key={form.formKey} action={form.formAction} noValidate>
      <ErrorSummary {...form.summary} />
      {result?.ok && (
        <Alert kind="success" heading={t("filing.clientReview.sent")} live testId="sent-to-client">
          <p>{t("filing.sign.sentBody", { email: result.sentTo })}</p>
        </Alert>
      )}
      <input type="hidden" name="filingId" value={filingId} />
      <SubmitButton>{label}</SubmitButton>
    </form>
  );
}
