"use client";

import { useTranslations } from "use-intl";
import { markReviewedAction } from "./actions";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** One button per waiting evidence response; its problem, if any, shows beside it (several can be on a page). */
export function MarkReviewedForm({ receiptNumber, requestId }: { receiptNumber: string; requestId: string }) {
  const form = useActionForm(markReviewedAction);
  const t = useTranslations();
  return (
    <form key={form.formKey} action={form.formAction} className="mt-2">
      {form.summary.message && (
        <Alert kind="error" live>
          <p>{form.summary.message}</p>
        </Alert>
      )}
      <input type="hidden" name="receipt" value={receiptNumber} />
      <input type="hidden" name="requestId" value={requestId} />
      <SubmitButton variant="outline">{t("agency.request.markReviewed")}</SubmitButton>
    </form>
  );
}
