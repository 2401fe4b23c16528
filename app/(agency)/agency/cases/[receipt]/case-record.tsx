import Link from "next/link";
import type { OfficerCaseView } from "@/lib/agency/console/case-for-officer";
import { formatFileSize } from "@/lib/evidence/upload-rules";
import { formatUtcDate, formatUtcDateTime } from "@/lib/format";
import { MarkReviewedForm } from "./mark-reviewed-form";

// The read-only parts of the officer's case page.

function When({ at, withTime = false }: { at: Date; withTime?: boolean }) {
  return <time dateTime={at.toISOString()}>{withTime ? formatUtcDateTime(at) : formatUtcDate(at)}</time>;
}

export function CaseHistoryList({ history }: { history: OfficerCaseView["history"] }) {
  return (
    <ol className="max-w-prose list-none p-0" data-testid="officer-history">
      {history.map((event) => (
        <li key={event.id} className="mb-2 border-b border-line pb-2">
          <strong>{event.status}</strong>
          <span className="block text-muted">
            <When at={event.at} withTime />
          </span>
        </li>
      ))}
    </ol>
  );
}

export function OfficerNoticeList({ view }: { view: OfficerCaseView }) {
  if (view.notices.length === 0) return <p>No notices yet.</p>;
  return (
    <ul className="max-w-prose list-none p-0" data-testid="officer-notices">
      {view.notices.map((notice) => (
        <li key={notice.id} className="mb-3">
          <a href={`/agency/cases/${view.receiptNumber}/notices/${notice.id}`} download>
            {notice.title} (PDF)
          </a>
          ,{" "}
          <span className="text-muted">
            issued <When at={notice.issuedAt} />
          </span>
          {notice.appointmentAt && (
            <span className="block">
              Appointment: <When at={notice.appointmentAt} withTime />
              {notice.location && <>, {notice.location}</>}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function OfficerEvidenceRequests({ view }: { view: OfficerCaseView }) {
  if (view.evidenceRequests.length === 0) return <p>No requests for evidence.</p>;
  return (
    <ul className="max-w-prose list-none p-0" data-testid="officer-requests">
      {view.evidenceRequests.map((request) => (
        <li key={request.id} className="mb-4 border-l-8 border-line px-5 py-4">
          <p className="mb-2">
            Opened <When at={request.openedAt} />, due <When at={request.dueAt} />.{" "}
            <strong>
              {request.respondedAt ? (
                request.reviewedAt ? (
                  <>
                    Response reviewed <When at={request.reviewedAt} />
                  </>
                ) : (
                  <>
                    Response received <When at={request.respondedAt} withTime />: waiting for review
                  </>
                )
              ) : (
                "No response yet"
              )}
            </strong>
          </p>
          <p className="whitespace-pre-line">{request.instructions}</p>
          {request.documents.length > 0 && (
            <ul className="mb-2">
              {request.documents.map((document) => (
                <li key={document.id}>
                  <a href={`/agency/cases/${view.receiptNumber}/documents/${document.id}`} download className="break-all">
                    {document.name}
                  </a>{" "}
                  <span className="text-muted">
                    ({formatFileSize(document.size)}, uploaded <When at={document.createdAt} />)
                  </span>
                </li>
              ))}
            </ul>
          )}
          {request.respondedAt && !request.reviewedAt && <MarkReviewedForm receiptNumber={view.receiptNumber} requestId={request.id} />}
        </li>
      ))}
    </ul>
  );
}

export function OfficerThreads({ view }: { view: OfficerCaseView }) {
  if (view.threads.length === 0) return <p>No messages about this case.</p>;
  return (
    <ul className="max-w-prose list-none p-0" data-testid="officer-threads">
      {view.threads.map((thread) => (
        <li key={thread.id} className="mb-3">
          <Link href={`/agency/messages/${thread.id}`} prefetch={false}>
            {thread.subject}
          </Link>
          {thread.awaitingAgencySince && <strong className="ml-2 bg-warning-light px-2">Awaiting reply</strong>}
          <span className="block text-muted">
            Started <When at={thread.createdAt} />, last message <When at={thread.lastMessageAt} withTime />
          </span>
        </li>
      ))}
    </ul>
  );
}

const CHANNEL = { EMAIL: "Email", SMS: "Text message" } as const;

export function CaseAlerts({ view }: { view: OfficerCaseView }) {
  if (view.alerts.length === 0) return <p>No alerts have been sent about this case.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="stack-table w-full border-collapse text-left" data-testid="case-alerts">
        <caption className="sr-only">Alerts about this case, newest first</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              Channel
            </th>
            <th scope="col" className="py-2 pr-4">
              Queued
            </th>
            <th scope="col" className="py-2">
              Status
            </th>
          </tr>
        </thead>
        <tbody>
          {view.alerts.map((alert) => (
            <tr key={alert.id} className="border-b border-line">
              <td className="py-2 pr-4">{CHANNEL[alert.channel]}</td>
              <td data-label="Queued" className="py-2 pr-4">
                <When at={alert.createdAt} withTime />
              </td>
              <td data-label="Status" className="py-2">
                {alert.status === "FAILED" ? (
                  <strong className="text-error">
                    Failed after {alert.attempts} attempts (<Link href="/agency/alerts">undelivered alerts</Link>)
                  </strong>
                ) : alert.status === "SENT" && alert.sentAt ? (
                  <>
                    Sent <When at={alert.sentAt} withTime />
                  </>
                ) : (
                  alert.status.charAt(0) + alert.status.slice(1).toLowerCase().replace("_", " ")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
