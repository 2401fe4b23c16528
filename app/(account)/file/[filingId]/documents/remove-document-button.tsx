"use client";

import { useTranslations } from "use-intl";
import { removeDocumentAction } from "./actions";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

/** Takes one uploaded file back out of the draft. */
export function RemoveDocumentButton({ filingId, documentId, name }: { filingId: string; documentId: string; name: string }) {
  const t = useTranslations();
  const form = useActionForm(removeDocumentAction);
  return (
    <form action={form.formAction}>
      <ErrorSummary message={form.summary.message} headingId={`remove-${documentId}-error`} />
      <input type="hidden" name="filingId" value={filingId} />
      <input type="hidden" name="documentId" value={documentId} />
      <SubmitButton variant="link">
        {t("filing.documents.remove")}
        <span className="sr-only"> {name}</span>
      </SubmitButton>
    </form>
  );
}
