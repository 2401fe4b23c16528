import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { receiptForTitle } from "@/lib/cases/receipt-number";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CaseStatusPanel } from "@/components/cases/case-status-panel";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { caseForOwner, recordCaseVisit } from "@/lib/cases/case-for-owner";
import { statusTexts } from "@/lib/cases/statuses";
import { getReader, getT } from "@/lib/i18n/request";
import { CaseHistory } from "@/components/cases/case-history";
import { AnsweredRequests, DocumentTable, EvidenceRequests, NoticeList, UnreadThreads } from "@/components/cases/case-sections";
import { ResponseSentBanner } from "./response-sent-banner";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { EndRepresentationForm } from "./end-representation-form";
import { RepresentationSection } from "./representation-section";
import { AppointmentPanel } from "@/components/appointments/appointment-panel";

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getT();
  const receipt = receiptForTitle((await params).receipt);
  return { title: receipt ? t("cases.page.titleFor", { receipt }) : t("cases.page.title") };
}

type Props = {
  params: Promise<{ receipt: string }>;
  searchParams: Promise<{ linked?: string; responded?: string; end?: string; representation?: string }>;
};

export default async function CasePage({ params, searchParams }: Props) {
  const { actor } = await applicantContext();
  const { receipt } = await params;
  // Not found alike for a malformed receipt number, an unknown case and someone else's case.
  const view = await caseForOwner(actor, receipt);
  if (!view) notFound();
  await recordCaseVisit(actor, view);
  const { linked, responded, end, representation } = await searchParams;
  const answered = view.answeredEvidenceRequests.find((request) => request.id === responded);
  const { representations } = view;
  const ending = representations.find((rep) => rep.id === end && !rep.endedAt);
  const { t, format, text } = await getReader();
  const status = statusTexts(view.status.title, t);
  return (
    <>
      <p>
        <Link href="/dashboard">{t("cases.page.back")}</Link>
      </p>
      {linked && (
        <Alert kind="success" heading={t("cases.page.linked.heading")} testId="case-linked">
          <p>{t("cases.page.linked.body")}</p>
        </Alert>
      )}
      {answered && <ResponseSentBanner request={answered} />}
      {representation === "ended" && (
        <Alert kind="success" heading={t("cases.page.representationEnded.heading")} testId="representation-ended">
          <p>{t("cases.page.representationEnded.body")}</p>
        </Alert>
      )}
      <h1>
        {view.formType}: {text(view.formName)}
      </h1>
      <dl className="mb-6 grid max-w-prose grid-cols-facts gap-x-4 gap-y-1">
        <dt className="text-muted">{t("cases.page.receiptNumber")}</dt>
        <dd className="m-0" data-testid="receipt-number">
          <ReceiptNumber value={view.receiptNumber} />
        </dd>
        <dt className="text-muted">{t("cases.page.applicant")}</dt>
        <dd className="m-0">{view.applicantName}</dd>
        <dt className="text-muted">{t("cases.page.received")}</dt>
        <dd className="m-0">
          <time dateTime={view.submittedAt.toISOString()}>{format.dateTime(view.submittedAt, "date")}</time>
        </dd>
      </dl>
      <p>
        <Link href={`/messages/new?case=${view.receiptNumber}`} data-testid="message-about-case">
          {t("cases.page.sendMessage")}
        </Link>
      </p>

      {ending && (
        <ClientMessages namespaces={["cases"]}>
          <EndRepresentationForm receiptNumber={view.receiptNumber} representationId={ending.id} name={text(ending.name)} />
        </ClientMessages>
      )}

      <CaseStatusPanel
        title={status.title}
        explanation={status.explanation}
        next={status.next}
        actionRequired={view.actionRequired}
        changedAt={view.statusChangedAt}
        statusDate={view.statusDate}
      />

      <AppointmentPanel appointments={view.appointments} requested={"reschedule" in (await searchParams)} />

      {view.openEvidenceRequests.length > 0 && (
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">{t("cases.page.evidenceHeading")}</h2>
          <EvidenceRequests receiptNumber={view.receiptNumber} requests={view.openEvidenceRequests} />
        </section>
      )}

      {view.answeredEvidenceRequests.length > 0 && (
        <section aria-labelledby="answered-heading">
          <h2 id="answered-heading">{t("cases.page.answeredHeading")}</h2>
          <AnsweredRequests
            requests={view.answeredEvidenceRequests}
            describe={(request, marks) => ({
              answered: t.rich("cases.evidence.answered", {
                at: format.dateTime(request.respondedAt, "dateTime"),
                date: format.dateTime(request.openedAt, "date"),
                ...marks,
              }),
              sentBy: request.byRepresentative ? t("cases.evidence.representativeSent") : t("cases.evidence.youSent"),
            })}
          />
        </section>
      )}

      {view.unreadThreads.length > 0 && <UnreadThreads threads={view.unreadThreads} />}

      {representations.length > 0 && <RepresentationSection receiptNumber={view.receiptNumber} representations={representations} />}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("cases.page.historyHeading")}</h2>
        <p className="text-muted">{t("cases.page.historyNote")}</p>
        <CaseHistory history={view.history} />
      </section>

      <section aria-labelledby="notices-heading">
        <h2 id="notices-heading">{t("cases.page.noticesHeading")}</h2>
        {view.notices.length === 0 ? (
          <p>{t("cases.page.noNotices")}</p>
        ) : (
          <NoticeList receiptNumber={view.receiptNumber} notices={view.notices} />
        )}
      </section>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t("cases.page.documentsHeading")}</h2>
        {view.documents.length === 0 ? <p>{t("cases.page.noDocuments")}</p> : <DocumentTable documents={view.documents} />}
      </section>
    </>
  );
}
