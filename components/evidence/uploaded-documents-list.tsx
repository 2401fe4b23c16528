"use client";

import { RemovedNotice } from "@/components/ui/removed-notice";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/result";
import { useTranslations } from "use-intl";

export type UploadedDocument = { id: string; name: string; kind: string; size: string; uploadedAt: { iso: string; text: string } };

/**
 * The documents in the response so far, each with a link to download it and, until it is sent, to
 * remove it. After a removal the row is gone, so focus moves to the message saying which one went.
 */
export function UploadedDocumentsList({
  receiptNumber,
  requestId,
  documents,
  sent,
  action,
  documentsPath,
}: {
  receiptNumber: string;
  requestId: string;
  documents: UploadedDocument[];
  sent: boolean;
  action: FormAction<{ name: string }>;
  /** Where the page's downloads live (each document's id is added). */
  documentsPath: string;
}) {
  const remove = useActionForm(action);
  const t = useTranslations();
  const sr = (chunks: React.ReactNode) => <span className="sr-only">{chunks}</span>;
  const removed = remove.state?.ok ? remove.state.name : null;
  return (
    <section aria-labelledby="documents-heading" className="mb-10">
      <h2 id="documents-heading">
        {t(sent ? "evidence.documents.headingSent" : "evidence.documents.headingDraft", { count: documents.length })}
      </h2>
      <ErrorSummary {...remove.summary} />
      {removed && (
        <RemovedNotice after={remove.state}>
          <p>{t("evidence.documents.removed", { name: removed })}</p>
        </RemovedNotice>
      )}
      {documents.length === 0 ? (
        <p data-testid="no-documents">{t("evidence.documents.none")}</p>
      ) : (
        <ul className="max-w-prose list-none p-0" data-testid="documents">
          {documents.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center justify-between gap-4 border-b border-line py-3" data-testid="document">
              <div>
                <a href={`${documentsPath}/${d.id}`} className="font-bold break-all" download>
                  {d.name}
                </a>
                <div className="text-muted">
                  {t.rich("evidence.documents.details", {
                    kind: d.kind,
                    size: d.size,
                    at: d.uploadedAt.text,
                    time: (chunks) => <time dateTime={d.uploadedAt.iso}>{chunks}</time>,
                  })}
                </div>
              </div>
              {!sent && (
                <form action={remove.formAction}>
                  <input type="hidden" name="receiptNumber" value={receiptNumber} />
                  <input type="hidden" name="requestId" value={requestId} />
                  <input type="hidden" name="documentId" value={d.id} />
                  <SubmitButton variant="link">{t.rich("evidence.documents.remove", { name: d.name, sr })}</SubmitButton>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
