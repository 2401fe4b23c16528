import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { getReader, getT } from "@/lib/i18n/request";
import { evidenceRequestForOwner } from "@/lib/evidence/evidence-request-view";
import { describeDocument } from "@/lib/evidence/describe-document";
import { SubmitResponseForm } from "@/components/evidence/submit-response-form";
import { UploadEvidenceForm } from "@/components/evidence/upload-evidence-form";
import { UploadedDocuments } from "@/components/evidence/uploaded-documents";
import { removeDocumentAction, submitResponseAction, uploadEvidenceAction } from "./actions";
import { ReceiptNumber } from "@/components/cases/receipt-number";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("evidence.page.title") };
}

export default async function EvidenceRequestPage({ params }: { params: Promise<{ receipt: string; requestId: string }> }) {
  const { actor } = await applicantContext();
  const { receipt, requestId } = await params;
  const view = await evidenceRequestForOwner(actor, { receiptNumber: receipt, requestId });
  if (!view) notFound();
  const sent = view.respondedAt !== null;
  const { t, format, text } = await getReader();
  const date = (at: Date) => format.dateTime(at, "date");

  return (
    <>
      <p>
        <Link href={`/cases/${view.receiptNumber}`}>{t("evidence.page.back")}</Link>
      </p>
      <h1>{t("evidence.page.heading")}</h1>
      <p className="text-muted">
        {t.rich("evidence.page.caseLine", {
          formType: view.formType,
          formName: text(view.formName),
          receipt: () => (
            <strong className="text-ink">
              <ReceiptNumber value={view.receiptNumber} />
            </strong>
          ),
        })}
      </p>

      {sent && (
        <Alert kind="success" heading={t("evidence.page.sentHeading")} testId="response-sent">
          <p>{t("evidence.page.sentBody", { at: format.dateTime(view.respondedAt!, "dateTime") })}</p>
        </Alert>
      )}

      <section aria-labelledby="request-heading" className="mb-10 max-w-prose">
        <h2 id="request-heading">{t("evidence.page.askedHeading")}</h2>
        <p className="whitespace-pre-line" data-testid="instructions">
          {view.instructions}
        </p>
        <p>
          {t.rich(sent ? "evidence.page.dueAnswered" : "evidence.page.dueOpen", {
            sent: date(view.openedAt),
            due: format.dateTime(view.dueAt, "dueDay"),
            strong: (chunks) => (
              <strong data-testid="due-date">
                <time dateTime={view.dueAt.toISOString()}>{chunks}</time>
              </strong>
            ),
          })}
        </p>
        {view.overdue && (
          <Alert kind="warning" testId="overdue">
            <p>{t("evidence.page.overdue")}</p>
          </Alert>
        )}
      </section>

      {!sent && <UploadEvidenceForm receiptNumber={view.receiptNumber} requestId={view.requestId} action={uploadEvidenceAction} />}
      <UploadedDocuments
        receiptNumber={view.receiptNumber}
        requestId={view.requestId}
        sent={sent}
        action={removeDocumentAction}
        documentsPath={`/cases/${view.receiptNumber}/documents`}
        documents={view.documents.map((d) => ({
          id: d.id,
          name: d.name,
          ...describeDocument(d, t),
          uploadedAt: { iso: d.uploadedAt.toISOString(), text: format.dateTime(d.uploadedAt, "dateTime") },
        }))}
      />
      {/* A new key when the list changes, so an earlier "upload at least one document" does not linger. */}
      {!sent && (
        <SubmitResponseForm
          key={view.documents.map((d) => d.id).join()}
          receiptNumber={view.receiptNumber}
          requestId={view.requestId}
          action={submitResponseAction}
        />
      )}
    </>
  );
}
