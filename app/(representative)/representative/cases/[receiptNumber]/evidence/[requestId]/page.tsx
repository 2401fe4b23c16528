import { representativeContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { Alert } from "@/components/ui/alert";
import { describeDocument } from "@/lib/evidence/describe-document";
import { evidenceRequestForOwner } from "@/lib/evidence/evidence-request-view";
import { formatUtcDate, formatUtcDateTime } from "@/lib/format";
import { SubmitResponseForm } from "@/app/(account)/cases/[receipt]/evidence/[requestId]/submit-response-form";
import { UploadEvidenceForm } from "@/app/(account)/cases/[receipt]/evidence/[requestId]/upload-evidence-form";
import { UploadedDocuments } from "@/app/(account)/cases/[receipt]/evidence/[requestId]/uploaded-documents";
import { representativeRemoveDocumentAction, representativeSubmitResponseAction, representativeUploadEvidenceAction } from "./actions";

export const metadata: Metadata = { title: "Answer a request for evidence" };

export default async function RepresentativeEvidencePage({ params }: { params: Promise<{ receiptNumber: string; requestId: string }> }) {
  const { actor } = await representativeContext();
  const { receiptNumber, requestId } = await params;
  // The same 404 for a case without a current G-28 of theirs as for a missing request.
  const view = await evidenceRequestForOwner(actor, { receiptNumber, requestId });
  if (!view) notFound();
  const sent = view.respondedAt !== null;
  const casePath = `/representative/cases/${view.receiptNumber}`;

  return (
    <>
      <p>
        <Link href={casePath}>Back to the case</Link>
      </p>
      <h1>Answer the request for evidence</h1>
      <p className="text-muted">
        {view.formType}, {view.formName}. Receipt number{" "}
        <strong className="text-ink">
          <ReceiptNumber value={view.receiptNumber} />
        </strong>
        . You answer as your client&apos;s representative; they see that you sent the response.
      </p>

      {sent && (
        <Alert kind="success" heading="The response was sent" testId="response-sent">
          <p>We received the response on {formatUtcDateTime(view.respondedAt!)}. The case goes back to review.</p>
        </Alert>
      )}

      <section aria-labelledby="request-heading" className="mb-10 max-w-prose">
        <h2 id="request-heading">What we asked for</h2>
        <p className="whitespace-pre-line" data-testid="instructions">
          {view.instructions}
        </p>
        <p>
          Sent on {formatUtcDate(view.openedAt)}. {sent ? "Response was due by" : "Send the response by"}{" "}
          <strong data-testid="due-date">
            <time dateTime={view.dueAt.toISOString()}>{formatUtcDate(view.dueAt)}</time>
          </strong>
          .
        </p>
        {view.overdue && (
          <Alert kind="warning" testId="overdue">
            <p>The due date has passed. You can still send the response; we will say if it cannot be considered.</p>
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
          ...describeDocument(d),
          uploadedAt: { iso: d.uploadedAt.toISOString(), text: formatUtcDateTime(d.uploadedAt) },
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
