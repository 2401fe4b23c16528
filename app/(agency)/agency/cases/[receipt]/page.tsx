import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddStatusForm } from "./add-status-form";
import { CaseAlerts, CaseHistoryList, OfficerEvidenceRequests, OfficerNoticeList, OfficerThreads } from "./case-record";
import { EvidenceRequestForm } from "./evidence-request-form";
import { FiledOnline } from "./filed-online";
import { IssueNoticeForm } from "./issue-notice-form";
import { caseForOfficer } from "@/lib/agency/console/case-for-officer";
import { formatUtcDate, formatUtcDateTime } from "@/lib/format";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { Alert } from "@/components/ui/alert";
import { representationsForOfficer } from "@/lib/representation/representation-views";
import { RepresentationSection } from "./representation-section";
import { CaseRescheduleRequests } from "../../reschedule-requests/case-reschedule-requests";

export const metadata: Metadata = { title: "Case" };

type Props = { params: Promise<{ receipt: string }>; searchParams: Promise<{ g28?: string }> };

export default async function OfficerCasePage({ params, searchParams }: Props) {
  const { session } = await officerContext();
  const { receipt } = await params;
  const view = await caseForOfficer(session, receipt);
  if (!view) notFound();
  const representations = await representationsForOfficer(view.id);
  const { g28 } = await searchParams;
  return (
    <>
      {g28 === "removed" && (
        <Alert kind="success" live testId="g28-removed">
          <p>The G-28 was removed. The representative can no longer see this case, and both sides were emailed.</p>
        </Alert>
      )}
      <h1>
        <span data-testid="receipt-number">
          <ReceiptNumber value={view.receiptNumber} />
        </span>
        <span className="block text-xl font-normal">
          {view.formType}: {view.formName}
        </span>
      </h1>
      <dl className="mb-6 grid max-w-prose grid-cols-[max-content_1fr] gap-x-4 gap-y-1" data-testid="case-facts">
        <dt className="text-muted">Applicant</dt>
        <dd className="m-0">{view.applicantName}</dd>
        <dt className="text-muted">Account</dt>
        <dd className="m-0 break-all" data-testid="owner-email">
          {view.ownerEmail ?? "Not linked yet"}
        </dd>
        <dt className="text-muted">Received</dt>
        <dd className="m-0">
          <time dateTime={view.submittedAt.toISOString()}>{formatUtcDate(view.submittedAt)}</time>
        </dd>
        <dt className="text-muted">Current status</dt>
        <dd className="m-0" data-testid="officer-status">
          <strong>{view.status}</strong>, since{" "}
          <time dateTime={view.statusChangedAt.toISOString()}>{formatUtcDateTime(view.statusChangedAt)}</time>
        </dd>
      </dl>

      {view.onlineFiling && <FiledOnline filing={view.onlineFiling} receiptNumber={view.receiptNumber} />}

      <RepresentationSection receiptNumber={view.receiptNumber} representations={representations} />

      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">Messages</h2>
        <OfficerThreads view={view} />
      </section>

      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">Requests for evidence</h2>
        <OfficerEvidenceRequests view={view} />
      </section>

      <CaseRescheduleRequests session={session} receipt={view.receiptNumber} />

      <section aria-labelledby="change-heading" className="mb-8 border-t-4 border-primary pt-2">
        <h2 id="change-heading">Change this case</h2>
        <p>The applicant is alerted to each change by the ways they chose. Times are in UTC.</p>
        <AddStatusForm receiptNumber={view.receiptNumber} />
        <IssueNoticeForm receiptNumber={view.receiptNumber} />
        <EvidenceRequestForm receiptNumber={view.receiptNumber} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">Case history</h2>
        <p className="text-muted">Newest first.</p>
        <CaseHistoryList history={view.history} />
      </section>

      <section aria-labelledby="notices-heading">
        <h2 id="notices-heading">Notices</h2>
        <OfficerNoticeList view={view} />
      </section>

      <section aria-labelledby="alerts-heading">
        <h2 id="alerts-heading">Alerts to the applicant</h2>
        <CaseAlerts view={view} />
      </section>
    </>
  );
}
