import { representativeContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionRequiredMark, NewMark } from "@/components/cases/case-marks";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { formatUtcDate, formatUtcDateTime } from "@/lib/format";
import { formatFileSize } from "@/lib/evidence/upload-rules";
import { markRepresentedCaseViewed, representedCase } from "@/lib/representation/represented-case";
import { CaseHistory } from "@/app/(account)/cases/[receipt]/case-history";
import { EvidenceRequests, NoticeList, StatusDateLine } from "@/app/(account)/cases/[receipt]/case-sections";

export const metadata: Metadata = { title: "Client's case" };

type Props = { params: Promise<{ receiptNumber: string }>; searchParams: Promise<{ responded?: string }> };

export default async function RepresentedCasePage({ params, searchParams }: Props) {
  const { actor } = await representativeContext();
  const { receiptNumber } = await params;
  // Not found alike for a malformed receipt number, an unknown case, someone else's and an ended G-28.
  const view = await representedCase(actor, receiptNumber);
  if (!view) notFound();
  if (view.hasNew) await markRepresentedCaseViewed(actor, view.representationId, view.readAt);
  const { responded } = await searchParams;
  const answered = view.answeredEvidenceRequests.find((request) => request.id === responded && request.byYou);
  const casePath = `/representative/cases/${view.receiptNumber}`;
  return (
    <>
      <p>
        <Link href="/representative">Back to my clients</Link>
      </p>
      {answered && (
        <Alert kind="success" heading="Your response was sent" testId="response-sent">
          <p>
            We received your response to the request for evidence on {formatUtcDateTime(answered.respondedAt)}, with{" "}
            {answered.documents.length === 1 ? "1 document" : `${answered.documents.length} documents`}: {answered.documents.join(", ")}.
            The case goes back to review, and your client sees that you answered.
          </p>
        </Alert>
      )}
      <h1>
        {view.clientName}: {view.formType}, {view.formName}
      </h1>
      <dl className="mb-6 grid max-w-prose grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted">Receipt number</dt>
        <dd className="m-0" data-testid="receipt-number">
          <ReceiptNumber value={view.receiptNumber} />
        </dd>
        <dt className="text-muted">Client</dt>
        <dd className="m-0">{view.clientName}</dd>
        <dt className="text-muted">Received</dt>
        <dd className="m-0">
          <time dateTime={view.submittedAt.toISOString()}>{formatUtcDate(view.submittedAt)}</time>
        </dd>
        <dt className="text-muted">Your G-28 since</dt>
        <dd className="m-0">
          <time dateTime={view.representedSince.toISOString()}>{formatUtcDate(view.representedSince)}</time>
        </dd>
      </dl>

      <section
        aria-labelledby="status-heading"
        className="mb-8 max-w-prose border-l-8 border-primary bg-primary-light px-5 py-4"
        data-testid="case-status"
      >
        <h2 id="status-heading" className="mt-0">
          {view.status.title}
          {view.actionRequired && <ActionRequiredMark />}
        </h2>
        <p className="text-muted">
          Since <time dateTime={view.statusChangedAt.toISOString()}>{formatUtcDate(view.statusChangedAt)}</time>
        </p>
        {view.statusDate && <StatusDateLine date={view.statusDate} />}
        <p className="mb-0">{view.status.explanation}</p>
      </section>

      {view.openEvidenceRequests.length > 0 && (
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">Requests for evidence</h2>
          <EvidenceRequests receiptNumber={view.receiptNumber} requests={view.openEvidenceRequests} casePath={casePath} />
        </section>
      )}

      {view.answeredEvidenceRequests.length > 0 && (
        <section aria-labelledby="answered-heading">
          <h2 id="answered-heading">Answered requests for evidence</h2>
          <ul className="mb-0 max-w-prose list-none p-0" data-testid="answered-requests">
            {view.answeredEvidenceRequests.map((request) => (
              <li key={request.id} className="mb-4 border-l-8 border-line px-5 py-4" data-testid="answered-request">
                <p className="mb-2">
                  <strong>Answered {request.byYou ? "by you" : "by the applicant"}</strong> on{" "}
                  <time dateTime={request.respondedAt.toISOString()}>{formatUtcDateTime(request.respondedAt)}</time> (asked{" "}
                  <time dateTime={request.openedAt.toISOString()}>{formatUtcDate(request.openedAt)}</time>)
                </p>
                <p className="whitespace-pre-line">{request.instructions}</p>
                <p className="mb-1">Documents sent:</p>
                <ul className="mb-0 break-all">
                  {request.documents.map((name, i) => (
                    <li key={i}>{name}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">Your messages about this case</h2>
        <p className="max-w-prose text-muted">Only you and the agency see these. Your client&apos;s own messages stay in their account.</p>
        {view.threads.length === 0 ? (
          <p data-testid="no-threads">You have not written about this case yet.</p>
        ) : (
          <ul className="max-w-prose" data-testid="threads">
            {view.threads.map((thread) => (
              <li key={thread.id} className="mb-2">
                <Link href={`/representative/messages/${thread.id}`} className="[overflow-wrap:anywhere]">
                  {thread.subject}
                </Link>{" "}
                <span className="text-muted">
                  last message <time dateTime={thread.lastMessageAt.toISOString()}>{formatUtcDate(thread.lastMessageAt)}</time>
                </span>
                {thread.unread && <NewMark />}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={`${casePath}/messages/new`} data-testid="message-about-case">
            Send a message about this case
          </Link>
        </p>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Case history</h2>
        <p className="text-muted">Newest first. Dates are in UTC.</p>
        <CaseHistory history={view.history} />
      </section>

      <section aria-labelledby="notices-heading">
        <h2 id="notices-heading">Notices</h2>
        {view.notices.length === 0 ? (
          <p>No notices yet.</p>
        ) : (
          <NoticeList receiptNumber={view.receiptNumber} notices={view.notices} casePath={casePath} />
        )}
      </section>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">Documents</h2>
        {view.documents.length === 0 ? (
          <p>No documents were uploaded for this case.</p>
        ) : (
          <ul className="max-w-prose list-none p-0" data-testid="documents">
            {view.documents.map((doc) => (
              <li key={doc.id} className="border-b border-line py-2">
                <a href={`${casePath}/documents/${doc.id}`} download className="font-bold break-all">
                  {doc.name}
                </a>{" "}
                <span className="text-muted">
                  ({formatFileSize(doc.size)}, uploaded <time dateTime={doc.createdAt.toISOString()}>{formatUtcDate(doc.createdAt)}</time>)
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="withdraw-heading" className="mt-10 max-w-prose border-2 border-line p-6">
        <h2 id="withdraw-heading" className="mt-0">
          Withdraw from this case
        </h2>
        <p>If you no longer represent this client on this case, withdraw your G-28. You lose access to the case at once.</p>
        <p className="mb-0">
          <Link href={`${casePath}/withdraw`} className={buttonClass("outline")} data-testid="withdraw-link">
            Withdraw
          </Link>
        </p>
      </section>
    </>
  );
}
