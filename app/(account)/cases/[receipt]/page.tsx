import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionRequiredMark } from "@/components/cases/case-marks";
import { Alert } from "@/components/ui/alert";
import { caseForOwner, recordCaseVisit } from "@/lib/cases/case-for-owner";
import { formatUtcDate } from "@/lib/format";
import { CaseHistory } from "./case-history";
import { AnsweredRequests, DocumentTable, EvidenceRequests, NoticeList, StatusDateLine, UnreadThreads } from "./case-sections";
import { ResponseSentBanner } from "./response-sent-banner";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { representationsForOwner } from "@/lib/representation/representation-views";
import { EndRepresentationForm } from "./end-representation-form";
import { RepresentationSection } from "./representation-section";
import { AppointmentPanel } from "@/components/appointments/appointment-panel";

export const metadata: Metadata = { title: "Case status" };

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
  const representations = await representationsForOwner(actor, view.id);
  const ending = representations.find((rep) => rep.id === end && !rep.endedAt);
  return (
    <>
      <p>
        <Link href="/dashboard">Back to my cases</Link>
      </p>
      {linked && (
        <Alert kind="success" heading="The case was added to your account" testId="case-linked">
          <p>You can now follow its status here and get its notices.</p>
        </Alert>
      )}
      {answered && <ResponseSentBanner request={answered} />}
      {representation === "ended" && (
        <Alert kind="success" heading="The representation has ended" testId="representation-ended">
          <p>Your former representative can no longer see this case. We emailed you both. The case's history keeps a record of it.</p>
        </Alert>
      )}
      <h1>
        {view.formType}: {view.formName}
      </h1>
      <dl className="mb-6 grid max-w-prose grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted">Receipt number</dt>
        <dd className="m-0" data-testid="receipt-number">
          <ReceiptNumber value={view.receiptNumber} />
        </dd>
        <dt className="text-muted">Applicant</dt>
        <dd className="m-0">{view.applicantName}</dd>
        <dt className="text-muted">Received</dt>
        <dd className="m-0">
          <time dateTime={view.submittedAt.toISOString()}>{formatUtcDate(view.submittedAt)}</time>
        </dd>
      </dl>
      <p>
        <Link href={`/messages/new?case=${view.receiptNumber}`} data-testid="message-about-case">
          Send a message about this case
        </Link>
      </p>

      {ending && <EndRepresentationForm receiptNumber={view.receiptNumber} representationId={ending.id} name={ending.name} />}

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
        <p>{view.status.explanation}</p>
        <h3 className="mb-1 font-bold">What happens next</h3>
        <p className="mb-0">{view.status.next}</p>
      </section>

      <AppointmentPanel owner={actor} receiptNumber={view.receiptNumber} requested={"reschedule" in (await searchParams)} />

      {view.openEvidenceRequests.length > 0 && (
        <section aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">Requests for evidence</h2>
          <EvidenceRequests receiptNumber={view.receiptNumber} requests={view.openEvidenceRequests} />
        </section>
      )}

      {view.answeredEvidenceRequests.length > 0 && (
        <section aria-labelledby="answered-heading">
          <h2 id="answered-heading">Requests for evidence you answered</h2>
          <AnsweredRequests requests={view.answeredEvidenceRequests} />
        </section>
      )}

      {view.unreadThreads.length > 0 && <UnreadThreads threads={view.unreadThreads} />}

      {representations.length > 0 && <RepresentationSection receiptNumber={view.receiptNumber} representations={representations} />}

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Case history</h2>
        <p className="text-muted">Newest first. Dates are in UTC.</p>
        <CaseHistory history={view.history} />
      </section>

      <section aria-labelledby="notices-heading">
        <h2 id="notices-heading">Notices</h2>
        {view.notices.length === 0 ? <p>No notices yet.</p> : <NoticeList receiptNumber={view.receiptNumber} notices={view.notices} />}
      </section>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">Your documents</h2>
        {view.documents.length === 0 ? (
          <p>You have not uploaded any documents for this case.</p>
        ) : (
          <DocumentTable documents={view.documents} />
        )}
      </section>
    </>
  );
}
