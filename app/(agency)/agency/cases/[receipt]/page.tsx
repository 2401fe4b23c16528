import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { receiptForTitle } from "@/lib/cases/receipt-number";
import { notFound } from "next/navigation";
import { AddStatusForm } from "./add-status-form";
import { CaseAlerts, CaseHistoryList, OfficerEvidenceRequests, OfficerNoticeList, OfficerThreads } from "./case-record";
import { EvidenceRequestForm } from "./evidence-request-form";
import { FiledOnline } from "./filed-online";
import { IssueNoticeForm } from "./issue-notice-form";
import { OFFICES } from "@/lib/appointments/offices";
import { caseForOfficer } from "@/lib/agency/console/case-for-officer";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { Alert } from "@/components/ui/alert";
import { getReader, getT } from "@/lib/i18n/request";
import { representationsForOfficer } from "@/lib/representation/representation-views";
import { RepresentationSection } from "./representation-section";
import { CaseRescheduleRequests } from "./case-reschedule-requests";

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = await getT();
  const receipt = receiptForTitle((await params).receipt);
  return { title: receipt ? t("agency.case.titleFor", { receipt }) : t("agency.case.title") };
}

type Props = { params: Promise<{ receipt: string }>; searchParams: Promise<{ g28?: string; appointment?: string }> };

export default async function OfficerCasePage({ params, searchParams }: Props) {
  const { session } = await officerContext();
  const { receipt } = await params;
  const view = await caseForOfficer(session, receipt);
  if (!view) notFound();
  const representations = await representationsForOfficer(view.id);
  const { g28, appointment } = await searchParams;
  const { t, format, timeZone, text } = await getReader();
  return (
    <>
      {g28 === "removed" && (
        <Alert kind="success" live testId="g28-removed">
          <p>{t("agency.case.g28Removed")}</p>
        </Alert>
      )}
      {appointment === "set" && (
        <Alert kind="success" live testId="new-appointment-set">
          <p>{t("appointments.officer.form.done")}</p>
        </Alert>
      )}
      <h1>
        <span data-testid="receipt-number">
          <ReceiptNumber value={view.receiptNumber} />
        </span>
        <span className="block text-xl font-normal">
          {view.formType}: {text(view.formName)}
        </span>
      </h1>
      <dl className="mb-6 grid max-w-prose grid-cols-facts gap-x-4 gap-y-1" data-testid="case-facts">
        <dt className="text-muted">{t("agency.case.applicant")}</dt>
        <dd className="m-0">{view.applicantName}</dd>
        <dt className="text-muted">{t("agency.case.account")}</dt>
        <dd className="m-0 break-all" data-testid="owner-email">
          {view.ownerEmail ?? t("agency.case.notLinked")}
        </dd>
        <dt className="text-muted">{t("agency.case.received")}</dt>
        <dd className="m-0">
          <time dateTime={view.submittedAt.toISOString()}>{format.dateTime(view.submittedAt, "date")}</time>
        </dd>
        <dt className="text-muted">{t("agency.case.currentStatus")}</dt>
        <dd className="m-0" data-testid="officer-status">
          {t.rich("agency.case.statusSince", {
            status: text(view.status),
            when: format.dateTime(view.statusChangedAt, "dateTime"),
            strong: (chunks) => <strong>{chunks}</strong>,
            time: (chunks) => <time dateTime={view.statusChangedAt.toISOString()}>{chunks}</time>,
          })}
        </dd>
      </dl>

      {view.onlineFiling && <FiledOnline filing={view.onlineFiling} receiptNumber={view.receiptNumber} />}

      <RepresentationSection receiptNumber={view.receiptNumber} representations={representations} />

      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t("agency.case.messages")}</h2>
        <OfficerThreads view={view} />
      </section>

      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">{t("agency.case.requests")}</h2>
        <OfficerEvidenceRequests view={view} />
      </section>

      <CaseRescheduleRequests session={session} receipt={view.receiptNumber} />

      <section aria-labelledby="change-heading" className="mb-8 border-t-4 border-primary pt-2">
        <h2 id="change-heading">{t("agency.case.change")}</h2>
        <p>
          {t("agency.case.changeIntro")} {t("agency.timesIn", { zone: timeZone })}
        </p>
        <AddStatusForm receiptNumber={view.receiptNumber} />
        <IssueNoticeForm
          receiptNumber={view.receiptNumber}
          offices={OFFICES.map((office) => ({ value: office.code, label: `${office.name} (${office.timeZone})` }))}
        />
        <EvidenceRequestForm receiptNumber={view.receiptNumber} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t("agency.case.history")}</h2>
        <p className="text-muted">{t("agency.case.newestFirst")}</p>
        <CaseHistoryList history={view.history} />
      </section>

      <section aria-labelledby="notices-heading">
        <h2 id="notices-heading">{t("agency.case.notices")}</h2>
        <OfficerNoticeList view={view} />
      </section>

      <section aria-labelledby="alerts-heading">
        <h2 id="alerts-heading">{t("agency.case.alerts")}</h2>
        <CaseAlerts view={view} />
      </section>
    </>
  );
}
