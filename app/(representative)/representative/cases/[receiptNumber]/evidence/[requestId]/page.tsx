import { representativeWithProfileContext } from "@/lib/representation/representative-context";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { Alert } from "@/components/ui/alert";
import { describeDocument } from "@/lib/evidence/describe-document";
import { evidenceRequestForOwner } from "@/lib/evidence/evidence-request-view";
import { getReader, getT } from "@/lib/i18n/request";
import { SubmitResponseForm } from "@/components/evidence/submit-response-form";
import { UploadEvidenceForm } from "@/components/evidence/upload-evidence-form";
import { UploadedDocuments } from "@/components/evidence/uploaded-documents";
import { representativeRemoveDocumentAction, representativeSubmitResponseAction, representativeUploadEvidenceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("representative.evidence.title") };
}

export default async function RepresentativeEvidencePage({ params }: { params: Promise<{ receiptNumber: string; requestId: string }> }) {
  const { actor } = await representativeWithProfileContext();
  const { t, format, text } = await getReader();
  const { receiptNumber, requestId } = await params;
  // The same 404 for a case without a current G-28 of theirs as for a missing request.
  const view = await evidenceRequestForOwner(actor, { receiptNumber, requestId });
  if (!view) notFound();
  const sent = view.respondedAt !== null;
  const casePath = `/representative/cases/${view.receiptNumber}`;

  return (
    <>
      <p>
        <Link href={casePath}>{t("representative.backToCase")}</Link>
      </p>
      <h1>{t("representative.evidence.heading")}</h1>
      <p className="text-muted">
        {t.rich("representative.evidence.about", {
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
        <Alert kind="success" heading={t("representative.evidence.sent.heading")} testId="response-sent">
          <p>{t("representative.evidence.sent.text", { at: format.dateTime(view.respondedAt!, "dateTime") })}</p>
        </Alert>
      )}

      <section aria-labelledby="request-heading" className="mb-10 max-w-prose">
        <h2 id="request-heading">{t("representative.evidence.askedHeading")}</h2>
        <p className="whitespace-pre-line" data-testid="instructions">
          {view.instructions}
        </p>
        <p>
          {t.rich(sent ? "representative.evidence.wasDue" : "representative.evidence.due", {
            sentOn: format.dateTime(view.openedAt, "date"),
            dueBy: format.dateTime(view.dueAt, "dueDay"),
            due: (chunks) => (
              <strong data-testid="due-date">
                <time dateTime={view.dueAt.toISOString()}>{chunks}</time>
              </strong>
            ),
          })}
        </p>
        {view.overdue && (
          <Alert kind="warning" testId="overdue">
            <p>{t("representative.evidence.overdue")}</p>
          </Alert>
        )}
      </section>

      {!sent && (
        <UploadEvidenceForm receiptNumber={view.receiptNumber} requestId={view.requestId} action={representativeUploadEvidenceAction} />
      )}
      <UploadedDocuments
        receiptNumber={view.receiptNumber}
        requestId={view.requestId}
        sent={sent}
        action={representativeRemoveDocumentAction}
        documentsPath={`${casePath}/documents`}
        documents={view.documents.map((d) => ({
          id: d.id,
          name: d.name,
          ...describeDocument(d, t),
          uploadedAt: { iso: d.uploadedAt.toISOString(), text: format.dateTime(d.uploadedAt, "dateTime") },
        }))}
      />
      {!sent && (
        <SubmitResponseForm
          key={view.documents.map((d) => d.id).join()}
          receiptNumber={view.receiptNumber}
          requestId={view.requestId}
          action={representativeSubmitResponseAction}
        />
      )}
    </>
  );
}
