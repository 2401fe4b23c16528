import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { formatUtcDate, formatUtcDateTime } from "@/lib/format";
import { evidenceRequestForOwner } from "@/lib/evidence/evidence-request-view";
import { describeDocument } from "@/lib/evidence/describe-document";
import { SubmitResponseForm } from "./submit-response-form";
import { UploadEvidenceForm } from "./upload-evidence-form";
import { UploadedDocuments } from "./uploaded-documents";
import { ReceiptNumber } from "@/components/cases/receipt-number";

export const metadata: Metadata = { title: "Respond to a request for evidence" };

export default async function EvidenceRequestPage({ params }: { params: Promise<{ receipt: string; requestId: string }> }) {
  const { actor } = await applicantContext();
  const { receipt, requestId } = await params;
  const view = await evidenceRequestForOwner(actor, { receiptNumber: receipt, requestId });
  if (!view) notFound();
  const sent = view.respondedAt !== null;

  return (
    <>
      <p>
        <Link href={`/cases/${view.receiptNumber}`}>Back to the case</Link>
      </p>
      <h1>Respond to the request for evidence</h1>
      <p className="text-muted">
        {view.formType}, {view.formName}. Receipt number{" "}
        <strong className="text-ink">
          <ReceiptNumber value={view.receiptNumber} />
        </strong>
      </p>

      {sent && (
        <Alert kind="success" heading="Your response was sent" testId="response-sent">
          <p>
            We received your response on {formatUtcDateTime(view.respondedAt!)}. Your case goes back to review; there is nothing you need to
            do now.
          </p>
        </Alert>
      )}

      <section aria-labelledby="request-heading" className="mb-10 max-w-prose">
        <h2 id="request-heading">What we asked for</h2>
        <p className="whitespace-pre-line" data-testid="instructions">
          {view.instructions}
        </p>
        <p>
          Sent on {formatUtcDate(view.openedAt)}. {sent ? "Response was due by" : "Send your response by"}{" "}
          <strong data-testid="due-date">
            <time dateTime={view.dueAt.toISOString()}>{formatUtcDate(view.dueAt)}</time>
          </strong>
          .
        </p>
        {view.overdue && (
          <Alert kind="warning" testId="overdue">
            <p>The due date has passed. You can still send your response; we will tell you if it cannot be considered.</p>
          </Alert>
        )}
      </section>

      {!sent && <UploadEvidenceForm receiptNumber={view.receiptNumber} requestId={view.requestId} />}
      <UploadedDocuments
        receiptNumber={view.receiptNumber}
        requestId={view.requestId}
        sent={sent}
        documents={view.documents.map((d) => ({
          id: d.id,
          name: d.name,
          ...describeDocument(d),
          uploadedAt: { iso: d.uploadedAt.toISOString(), text: formatUtcDateTime(d.uploadedAt) },
        }))}
      />
      {/* A new key when the list changes, so an earlier "upload at least one document" does not linger. */}
      {!sent && (
        <SubmitResponseForm key={view.documents.map((d) => d.id).join()} receiptNumber={view.receiptNumber} requestId={view.requestId} />
      )}
    </>
  );
}
