import Link from "next/link";
import { NewMark } from "@/components/cases/case-marks";
import type { CaseView } from "@/lib/cases/case-for-owner";
import type { StatusDate } from "@/lib/cases/status-date";
import { formatUtcDate, formatUtcDateTime } from "@/lib/format";
import { formatFileSize } from "@/lib/evidence/upload-rules";

/** `casePath`: where the case page lives (the representative's side passes its own). */
export function EvidenceRequests({
  receiptNumber,
  requests,
  casePath = `/cases/${receiptNumber}`,
}: {
  receiptNumber: string;
  requests: CaseView["openEvidenceRequests"];
  casePath?: string;
}) {
  return (
    <ul className="mb-0 max-w-prose list-none p-0" data-testid="evidence-requests">
      {requests.map((request) => (
        <li key={request.id} className="mb-4 border-l-8 border-warning bg-warning-light px-5 py-4">
          <p className="mb-2">
            <strong>
              Due by <time dateTime={request.dueAt.toISOString()}>{formatUtcDate(request.dueAt)}</time>
            </strong>{" "}
            (sent <time dateTime={request.openedAt.toISOString()}>{formatUtcDate(request.openedAt)}</time>){request.isNew && <NewMark />}
          </p>
          <p className="whitespace-pre-line">{request.instructions}</p>
          <p className="mb-0">
            <Link href={`${casePath}/evidence/${request.id}`}>Respond to request for evidence</Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

export function NoticeList({
  receiptNumber,
  notices,
  casePath = `/cases/${receiptNumber}`,
}: {
  receiptNumber: string;
  notices: CaseView["notices"];
  casePath?: string;
}) {
  return (
    <ul className="mb-0 max-w-prose list-none p-0" data-testid="notices">
      {notices.map((notice) => (
        <li key={notice.id} className="mb-3">
          <Link href={`${casePath}/notices/${notice.id}`} prefetch={false}>
            {notice.title}
          </Link>
          {", "}
          <span className="text-muted">
            issued <time dateTime={notice.issuedAt.toISOString()}>{formatUtcDate(notice.issuedAt)}</time>
          </span>
          {notice.isNew && <NewMark />}
          {notice.appointmentAt && (
            <span className="block">
              Appointment: <time dateTime={notice.appointmentAt.toISOString()}>{formatUtcDateTime(notice.appointmentAt)}</time>
              {notice.location && <>, {notice.location}</>}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function DocumentTable({ documents }: { documents: CaseView["documents"] }) {
  return (
    <div className="overflow-x-auto">
      <table className="stack-table w-full max-w-3xl border-collapse text-left" data-testid="documents">
        <caption className="sr-only">Documents you uploaded</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="py-2 pr-4">
              Name
            </th>
            <th scope="col" className="py-2 pr-4">
              Size
            </th>
            <th scope="col" className="py-2">
              Uploaded
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map((doc) => (
            <tr key={doc.id} className="border-b border-line">
              <td className="py-2 pr-4 break-all">{doc.name}</td>
              <td data-label="Size" className="py-2 pr-4">
                {formatFileSize(doc.size)}
              </td>
              <td data-label="Uploaded" className="py-2">
                <time dateTime={doc.createdAt.toISOString()}>{formatUtcDate(doc.createdAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The appointment or due date that belongs with the current status, in the status box. */
export function StatusDateLine({ date }: { date: StatusDate }) {
  return (
    <p className="font-bold" data-testid="status-date">
      {date.kind === "appointment" ? (
        <>
          Appointment: <time dateTime={date.at.toISOString()}>{formatUtcDateTime(date.at)}</time>
          {date.location && <>, {date.location}</>}
        </>
      ) : (
        <>
          Respond by <time dateTime={date.at.toISOString()}>{formatUtcDate(date.at)}</time>
        </>
      )}
    </p>
  );
}

export function AnsweredRequests({ requests }: { requests: CaseView["answeredEvidenceRequests"] }) {
  return (
    <ul className="mb-0 max-w-prose list-none p-0" data-testid="answered-requests">
      {requests.map((request) => (
        <li key={request.id} className="mb-4 border-l-8 border-line px-5 py-4" data-testid="answered-request">
          <p className="mb-2">
            <strong>Answered</strong> on <time dateTime={request.respondedAt.toISOString()}>{formatUtcDateTime(request.respondedAt)}</time>{" "}
            (asked <time dateTime={request.openedAt.toISOString()}>{formatUtcDate(request.openedAt)}</time>)
          </p>
          <p className="whitespace-pre-line">{request.instructions}</p>
          <p className="mb-1">{request.byRepresentative ? "Your representative sent:" : "You sent:"}</p>
          <ul className="mb-0 break-all">
            {request.documents.map((name, i) => (
              <li key={i}>{name}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

export function UnreadThreads({ threads }: { threads: CaseView["unreadThreads"] }) {
  return (
    <section aria-labelledby="unread-heading" data-testid="unread-threads">
      <h2 id="unread-heading">New replies about this case</h2>
      <ul className="max-w-prose">
        {threads.map((thread) => (
          <li key={thread.id} className="mb-2">
            <Link href={`/messages/${thread.id}`} className="[overflow-wrap:anywhere]">
              {thread.subject}
            </Link>
            <NewMark />
          </li>
        ))}
      </ul>
    </section>
  );
}
