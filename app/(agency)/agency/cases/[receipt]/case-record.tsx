import Link from "next/link";
import type { ReactNode } from "react";
import type { OfficerCaseView } from "@/lib/agency/console/case-for-officer";
import { formatFileSize } from "@/lib/evidence/upload-rules";
import { getReader } from "@/lib/i18n/request";
import { MarkReviewedForm } from "./mark-reviewed-form";
import { StackTable } from "@/components/ui/stack-table";

// The read-only parts of the officer's case page, in the officer's language and time zone.

/** A rich-text tag that marks its words as the given moment. */
function timeTag(at: Date) {
  return (chunks: ReactNode) => <time dateTime={at.toISOString()}>{chunks}</time>;
}

export async function CaseHistoryList({ history }: { history: OfficerCaseView["history"] }) {
  const { format, text } = await getReader();
  return (
    <ol className="max-w-prose list-none p-0" data-testid="officer-history">
      {history.map((event) => (
        <li key={event.id} className="mb-2 border-b border-line pb-2">
          <strong>{text(event.status)}</strong>
          <span className="block text-muted">
            <time dateTime={event.at.toISOString()}>{format.dateTime(event.at, "dateTime")}</time>
          </span>
        </li>
      ))}
    </ol>
  );
}

export async function OfficerNoticeList({ view }: { view: OfficerCaseView }) {
  const { t, format, text } = await getReader();
  if (view.notices.length === 0) return <p>{t("agency.case.noNotices")}</p>;
  return (
    <ul className="max-w-prose list-none p-0" data-testid="officer-notices">
      {view.notices.map((notice) => (
        <li key={notice.id} className="mb-3">
          <a href={`/agency/cases/${view.receiptNumber}/notices/${notice.id}`} download>
            {t("agency.case.noticeLink", { title: text(notice.title) })}
          </a>
          ,{" "}
          <span className="text-muted">
            {t.rich("agency.case.issued", { date: format.dateTime(notice.issuedAt, "date"), time: timeTag(notice.issuedAt) })}
          </span>
          {notice.appointmentAt && (
            <span className="block">
              {notice.location
                ? t.rich("agency.case.appointmentAt", {
                    when: format.dateTime(notice.appointmentAt, "dateTime"),
                    location: notice.location,
                    time: timeTag(notice.appointmentAt),
                  })
                : t.rich("agency.case.appointment", {
                    when: format.dateTime(notice.appointmentAt, "dateTime"),
                    time: timeTag(notice.appointmentAt),
                  })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export async function OfficerEvidenceRequests({ view }: { view: OfficerCaseView }) {
  const { t, format } = await getReader();
  if (view.evidenceRequests.length === 0) return <p>{t("agency.case.noRequests")}</p>;
  return (
    <ul className="max-w-prose list-none p-0" data-testid="officer-requests">
      {view.evidenceRequests.map((request) => (
        <li key={request.id} className="mb-4 border-l-8 border-line px-5 py-4">
          <p className="mb-2">
            {t.rich("agency.case.requestDates", {
              opened: format.dateTime(request.openedAt, "date"),
              due: format.dateTime(request.dueAt, "dueDay"),
              openedAt: timeTag(request.openedAt),
              dueAt: timeTag(request.dueAt),
            })}{" "}
            <strong>
              {request.respondedAt
                ? request.reviewedAt
                  ? t.rich("agency.case.responseReviewed", {
                      date: format.dateTime(request.reviewedAt, "date"),
                      time: timeTag(request.reviewedAt),
                    })
                  : t.rich("agency.case.responseReceived", {
                      when: format.dateTime(request.respondedAt, "dateTime"),
                      time: timeTag(request.respondedAt),
                    })
                : t("agency.case.noResponse")}
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
                    {t.rich("agency.case.uploaded", {
                      size: formatFileSize(document.size),
                      date: format.dateTime(document.createdAt, "date"),
                      time: timeTag(document.createdAt),
                    })}
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

export async function OfficerThreads({ view }: { view: OfficerCaseView }) {
  const { t, format } = await getReader();
  if (view.threads.length === 0) return <p>{t("agency.case.noThreads")}</p>;
  return (
    <ul className="max-w-prose list-none p-0" data-testid="officer-threads">
      {view.threads.map((thread) => (
        <li key={thread.id} className="mb-3">
          <Link href={`/agency/messages/${thread.id}`} prefetch={false}>
            {thread.subject}
          </Link>
          {thread.awaitingAgencySince && <strong className="ml-2 bg-warning-light px-2">{t("agency.case.awaitingReply")}</strong>}
          <span className="block text-muted">
            {t.rich("agency.case.threadDates", {
              started: format.dateTime(thread.createdAt, "date"),
              last: format.dateTime(thread.lastMessageAt, "dateTime"),
              startedAt: timeTag(thread.createdAt),
              lastAt: timeTag(thread.lastMessageAt),
            })}
          </span>
        </li>
      ))}
    </ul>
  );
}

export async function CaseAlerts({ view }: { view: OfficerCaseView }) {
  const { t, format } = await getReader();
  if (view.alerts.length === 0) return <p>{t("agency.case.noAlerts")}</p>;
  return (
    <StackTable
      caption={t("agency.case.alertsCaption")}
      columns={[{ label: t("agency.case.channel") }, { label: t("agency.case.queued") }, { label: t("agency.case.status") }]}
      testId="case-alerts"
    >
      <tbody>
        {view.alerts.map((alert) => (
          <tr key={alert.id} className="border-b border-line">
            <td className="py-2 pr-4">{t("agency.channel", { channel: alert.channel })}</td>
            <td data-label={t("agency.case.queued")} className="py-2 pr-4">
              <time dateTime={alert.createdAt.toISOString()}>{format.dateTime(alert.createdAt, "dateTime")}</time>
            </td>
            <td data-label={t("agency.case.status")} className="py-2">
              {alert.status === "FAILED" ? (
                <strong className="text-error">
                  {t.rich("agency.case.alertFailed", {
                    attempts: alert.attempts,
                    link: (chunks) => <Link href="/agency/alerts">{chunks}</Link>,
                  })}
                </strong>
              ) : alert.status === "SENT" && alert.sentAt ? (
                t.rich("agency.case.alertSent", { when: format.dateTime(alert.sentAt, "dateTime"), time: timeTag(alert.sentAt) })
              ) : (
                t("agency.case.alertStatus", { status: alert.status })
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </StackTable>
  );
}
