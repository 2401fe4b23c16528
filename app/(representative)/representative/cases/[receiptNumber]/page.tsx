import { representativeWithProfileContext } from "@/lib/representation/representative-context";
import type { Metadata } from "next";
import { receiptForTitle } from "@/lib/cases/receipt-number";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NewMark } from "@/components/cases/case-marks";
import { CaseStatusPanel } from "@/components/cases/case-status-panel";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { getReader, getT } from "@/lib/i18n/request";
import { statusTexts } from "@/lib/cases/statuses";
import { formatFileSize } from "@/lib/evidence/upload-rules";
import { markRepresentedCaseViewed, representedCase } from "@/lib/representation/represented-case";
import { CaseHistory } from "@/components/cases/case-history";
import { AnsweredRequests, EvidenceRequests, NoticeList } from "@/components/cases/case-sections";

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getT();
  const receipt = receiptForTitle((await params).receiptNumber);
  return { title: receipt ? t("representative.case.titleFor", { receipt }) : t("representative.case.title") };
}

type Props = { params: Promise<{ receiptNumber: string }>; searchParams: Promise<{ responded?: string }> };

export default async function RepresentedCasePage({ params, searchParams }: Props) {
  const { actor } = await representativeWithProfileContext();
  const { t, format, text } = await getReader();
  const { receiptNumber } = await params;
  // Not found alike for a malformed receipt number, an unknown case, someone else's and an ended G-28.
  const view = await representedCase(actor, receiptNumber);
  if (!view) notFound();
  if (view.hasNew) await markRepresentedCaseViewed(actor, view.representationId, view.readAt);
  const { responded } = await searchParams;
  const answered = view.answeredEvidenceRequests.find((request) => request.id === responded && request.byYou);
  const casePath = `/representative/cases/${view.receiptNumber}`;
  const status = statusTexts(view.status.title, t);
  return (
    <>
      <p>
        <Link href="/representative">{t("representative.backToMyClients")}</Link>
      </p>
      {answered && (
        <Alert kind="success" heading={t("representative.case.responseSent.heading")} testId="response-sent">
          <p>
            {t("representative.case.responseSent.text", {
              at: format.dateTime(answered.respondedAt, "dateTime"),
              count: answered.documents.length,
              documents: answered.documents.join(", "),
            })}
          </p>
        </Alert>
      )}
      <h1>{t("representative.caseName", { client: view.clientName, formType: view.formType, formName: text(view.formName) })}</h1>
      <dl className="mb-6 grid max-w-prose grid-cols-facts gap-x-4 gap-y-1">
        <dt className="text-muted">{t("representative.fields.receiptNumber")}</dt>
        <dd className="m-0" data-testid="receipt-number">
          <ReceiptNumber value={view.receiptNumber} />
        </dd>
        <dt className="text-muted">{t("representative.fields.client")}</dt>
        <dd className="m-0">{view.clientName}</dd>
        <dt className="text-muted">{t("representative.fields.received")}</dt>
        <dd className="m-0">
          <time dateTime={view.submittedAt.toISOString()}>{format.dateTime(view.submittedAt, "date")}</time>
        </dd>
        <dt className="text-muted">{t("representative.fields.g28Since")}</dt>
        <dd className="m-0">
          <time dateTime={view.representedSince.toISOString()}>{format.dateTime(view.representedSince, "date")}</time>
        </dd>
      </dl>

      <CaseStatusPanel
        title={status.title}
        explanation={status.explanation}
        actionRequired={view.actionRequired}
        changedAt={view.statusChangedAt}
        statusDate={view.statusDate}
      />

      {view.openEvidenceRequests.length > 0 && (
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">{t("representative.case.evidenceHeading")}</h2>
          <EvidenceRequests receiptNumber={view.receiptNumber} requests={view.openEvidenceRequests} casePath={casePath} />
        </section>
      )}

      {view.answeredEvidenceRequests.length > 0 && (
        <section aria-labelledby="answered-heading">
          <h2 id="answered-heading">{t("representative.case.answeredHeading")}</h2>
          <AnsweredRequests
            requests={view.answeredEvidenceRequests}
            describe={(request, marks) => ({
              answered: t.rich(request.byYou ? "representative.case.answeredByYou" : "representative.case.answeredByApplicant", {
                answeredAt: format.dateTime(request.respondedAt, "dateTime"),
                askedAt: format.dateTime(request.openedAt, "date"),
                ...marks,
              }),
              sentBy: t("representative.case.documentsSent"),
            })}
          />
        </section>
      )}

      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t("representative.case.messagesHeading")}</h2>
        <p className="max-w-prose text-muted">{t("representative.case.messagesPrivacy")}</p>
        {view.threads.length === 0 ? (
          <p data-testid="no-threads">{t("representative.case.noThreads")}</p>
        ) : (
          <ul className="max-w-prose" data-testid="threads">
            {view.threads.map((thread) => (
              <li key={thread.id} className="mb-2">
                <Link href={`/representative/messages/${thread.id}`} className="[overflow-wrap:anywhere]">
                  {thread.subject}
                </Link>{" "}
                <span className="text-muted">
                  {t.rich("representative.case.lastMessage", {
                    date: format.dateTime(thread.lastMessageAt, "date"),
                    time: (chunks) => <time dateTime={thread.lastMessageAt.toISOString()}>{chunks}</time>,
                  })}
                </span>
                {thread.unread && <NewMark />}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href={`${casePath}/messages/new`} data-testid="message-about-case">
            {t("representative.case.writeMessage")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("representative.case.historyHeading")}</h2>
        <p className="text-muted">{t("representative.case.historyOrder")}</p>
        <CaseHistory history={view.history} />
      </section>

      <section aria-labelledby="notices-heading">
        <h2 id="notices-heading">{t("representative.case.noticesHeading")}</h2>
        {view.notices.length === 0 ? (
          <p>{t("representative.case.noNotices")}</p>
        ) : (
          <NoticeList receiptNumber={view.receiptNumber} notices={view.notices} casePath={casePath} />
        )}
      </section>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t("representative.case.documentsHeading")}</h2>
        {view.documents.length === 0 ? (
          <p>{t("representative.case.noDocuments")}</p>
        ) : (
          <ul className="max-w-prose list-none p-0" data-testid="documents">
            {view.documents.map((doc) => (
              <li key={doc.id} className="border-b border-line py-2">
                <a href={`${casePath}/documents/${doc.id}`} download className="font-bold break-all">
                  {doc.name}
                </a>{" "}
                <span className="text-muted">
                  {t.rich("representative.case.documentDetails", {
                    size: formatFileSize(doc.size),
                    date: format.dateTime(doc.createdAt, "date"),
                    time: (chunks) => <time dateTime={doc.createdAt.toISOString()}>{chunks}</time>,
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="withdraw-heading" className="mt-10 max-w-prose border-2 border-line p-6">
        <h2 id="withdraw-heading" className="mt-0">
          {t("representative.case.withdrawHeading")}
        </h2>
        <p>{t("representative.case.withdrawText")}</p>
        <p className="mb-0">
          <Link href={`${casePath}/withdraw`} className={buttonClass("outline")} data-testid="withdraw-link">
            {t("representative.case.withdrawButton")}
          </Link>
        </p>
      </section>
    </>
  );
}
