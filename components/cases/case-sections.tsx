import Link from "next/link";
import type { ReactNode } from "react";
import { NewMark } from "./case-marks";
import type { CaseView } from "@/lib/cases/case-for-owner";
import { appointmentTime } from "@/lib/appointments/appointment-time";
import { formatFileSize } from "@/lib/evidence/upload-rules";
import { getReader } from "@/lib/i18n/request";
import { StackTable } from "@/components/ui/stack-table";

// Dates are the reader's: in their language and time zone, times with the zone named; an
// appointment's on its office's clock, the reader's alongside (appointmentTime).

function At({ at, text }: { at: Date; text: string }) {
  return <time dateTime={at.toISOString()}>{text}</time>;
}

/** `casePath`: where the case page lives (the representative's side passes its own). */
export async function EvidenceRequests({
  receiptNumber,
  requests,
  casePath = `/cases/${receiptNumber}`,
}: {
  receiptNumber: string;
  requests: CaseView["openEvidenceRequests"];
  casePath?: string;
}) {
  const { t, format } = await getReader();
  return (
    <ul className="mb-0 max-w-prose list-none p-0" data-testid="evidence-requests">
      {requests.map((request) => (
        <li key={request.id} className="mb-4 border-l-8 border-warning bg-warning-light px-5 py-4">
          <p className="mb-2">
            <strong>
              {t.rich("cases.evidence.dueBy", {
                date: format.dateTime(request.dueAt, "dueDay"),
                time: (chunks) => <time dateTime={request.dueAt.toISOString()}>{chunks}</time>,
              })}
            </strong>{" "}
            {t.rich("cases.evidence.sent", {
              date: format.dateTime(request.openedAt, "date"),
              time: (chunks) => <time dateTime={request.openedAt.toISOString()}>{chunks}</time>,
            })}
            {request.isNew && <NewMark />}
          </p>
          <p className="whitespace-pre-line">{request.instructions}</p>
          <p className="mb-0">
            <Link href={`${casePath}/evidence/${request.id}`}>{t("cases.evidence.respond")}</Link>
          </p>
        </li>
      ))}
    </ul>
  );
}

export async function NoticeList({
  receiptNumber,
  notices,
  casePath = `/cases/${receiptNumber}`,
}: {
  receiptNumber: string;
  notices: CaseView["notices"];
  casePath?: string;
}) {
  const reader = await getReader();
  const { t, format } = reader;
  return (
    <ul className="mb-0 max-w-prose list-none p-0" data-testid="notices">
      {notices.map((notice) => (
        <li key={notice.id} className="mb-3">
          <Link href={`${casePath}/notices/${notice.id}`} prefetch={false}>
            {t(`notices.kinds.${notice.kind}`)}
          </Link>
          {", "}
          <span className="text-muted">
            {t.rich("cases.notices.issued", {
              date: format.dateTime(notice.issuedAt, "date"),
              time: (chunks) => <time dateTime={notice.issuedAt.toISOString()}>{chunks}</time>,
            })}
          </span>
          {notice.isNew && <NewMark />}
          {notice.appointmentAt && (
            <span className="block">
              {t.rich("cases.notices.appointment", {
                at: appointmentTime(reader, notice.appointmentAt, notice.officeTimeZone),
                time: (chunks) => <time dateTime={notice.appointmentAt!.toISOString()}>{chunks}</time>,
              })}
              {notice.location && <>, {notice.location}</>}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export async function DocumentTable({ documents }: { documents: CaseView["documents"] }) {
  const { t, format } = await getReader();
  return (
    <StackTable
      caption={t("cases.documents.caption")}
      columns={[{ label: t("cases.documents.name") }, { label: t("cases.documents.size") }, { label: t("cases.documents.uploaded") }]}
      testId="documents"
      className="max-w-3xl"
    >
      <tbody>
        {documents.map((doc) => (
          <tr key={doc.id} className="border-b border-line">
            <td className="py-2 pr-4 break-all">{doc.name}</td>
            <td data-label={t("cases.documents.size")} className="py-2 pr-4">
              {formatFileSize(doc.size)}
            </td>
            <td data-label={t("cases.documents.uploaded")} className="py-2">
              <At at={doc.createdAt} text={format.dateTime(doc.createdAt, "date")} />
            </td>
          </tr>
        ))}
      </tbody>
    </StackTable>
  );
}

export type AnsweredRequest = { id: string; instructions: string; openedAt: Date; respondedAt: Date; documents: string[] };

/**
 * Requests for evidence already answered: when each was asked and answered, what it asked for, and
 * the documents sent. The words (who answered, in the reader's terms) are the page's own.
 */
export function AnsweredRequests<R extends AnsweredRequest>({
  requests,
  describe,
}: {
  requests: R[];
  describe: (request: R, marks: AnswerMarks) => { answered: ReactNode; sentBy: string };
}) {
  return (
    <ul className="mb-0 max-w-prose list-none p-0" data-testid="answered-requests">
      {requests.map((request) => {
        const { answered, sentBy } = describe(request, answerMarks(request));
        return (
          <li key={request.id} className="mb-4 border-l-8 border-line px-5 py-4" data-testid="answered-request">
            <p className="mb-2">{answered}</p>
            <p className="whitespace-pre-line">{request.instructions}</p>
            <p className="mb-1">{sentBy}</p>
            <ul className="mb-0 break-all">
              {request.documents.map((name, i) => (
                <li key={i}>{name}</li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

type Chunks = (chunks: ReactNode) => ReactNode;
export type AnswerMarks = { strong: Chunks; answered: Chunks; asked: Chunks };

function answerMarks(request: AnsweredRequest): AnswerMarks {
  return {
    strong: (chunks) => <strong>{chunks}</strong>,
    answered: (chunks) => <time dateTime={request.respondedAt.toISOString()}>{chunks}</time>,
    asked: (chunks) => <time dateTime={request.openedAt.toISOString()}>{chunks}</time>,
  };
}

export async function UnreadThreads({ threads }: { threads: CaseView["unreadThreads"] }) {
  const { t } = await getReader();
  return (
    <section aria-labelledby="unread-heading" data-testid="unread-threads">
      <h2 id="unread-heading">{t("cases.unread.heading")}</h2>
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
