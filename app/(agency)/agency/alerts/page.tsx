import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RetryAlertForm } from "./retry-alert-form";
import { RetryJobForm } from "./retry-job-form";
import { Alert } from "@/components/ui/alert";
import { failedJobs } from "@/lib/agency/console/failed-jobs";
import { undeliveredAlerts } from "@/lib/agency/console/undelivered-alerts";
import { getReader, getT } from "@/lib/i18n/request";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { StackTable } from "@/components/ui/stack-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("agency.alerts.title") };
}

/** The queue's task identifier ("send-reminders") as the catalog's choice ("sendReminders"); unknown ones show as they are. */
function taskName(task: string): string {
  return task.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

export default async function UndeliveredAlertsPage({
  searchParams,
}: {
  searchParams: Promise<{ retried?: string; jobRetried?: string }>;
}) {
  const { session } = await officerContext();
  const [list, jobs] = await Promise.all([undeliveredAlerts(session), failedJobs(session)]);
  if (!list || !jobs) notFound();
  const { retried, jobRetried } = await searchParams;
  const { t, format, timeZone } = await getReader();
  return (
    <>
      <h1>{t("agency.alerts.title")}</h1>
      <p className="max-w-prose">
        {t("agency.alerts.intro")} {t("agency.timesIn", { zone: timeZone })}
      </p>
      {retried && (
        <Alert kind="success" live testId="alert-retried">
          <p>{t("agency.alerts.retried")}</p>
        </Alert>
      )}
      {list.alerts.length === 0 ? (
        <Alert kind="success" testId="alerts-empty">
          <p>{t("agency.alerts.empty")}</p>
        </Alert>
      ) : (
        <>
          {list.total > list.alerts.length && (
            <p className="text-muted">{t("agency.alerts.showingNewest", { shown: list.alerts.length, total: list.total })}</p>
          )}
          <StackTable
            caption={t("agency.alerts.caption")}
            columns={[
              { label: t("agency.alerts.case") },
              { label: t("agency.alerts.channel") },
              { label: t("agency.alerts.attempts") },
              { label: t("agency.alerts.lastError") },
              { label: t("agency.alerts.queued") },
              { label: t("agency.alerts.action"), hidden: true },
            ]}
            testId="undelivered-alerts"
          >
            <tbody>
              {list.alerts.map((alert) => (
                <tr key={alert.id} className="border-b border-line align-top" data-testid="undelivered-alert">
                  <td className="py-2 pr-4 font-mono">
                    <Link href={`/agency/cases/${alert.receiptNumber}`} prefetch={false}>
                      <ReceiptNumber value={alert.receiptNumber} />
                    </Link>
                  </td>
                  <td data-label={t("agency.alerts.channel")} className="py-2 pr-4">
                    {t("agency.channel", { channel: alert.channel })}
                  </td>
                  <td data-label={t("agency.alerts.attempts")} className="py-2 pr-4">
                    {alert.attempts}
                  </td>
                  <td data-label={t("agency.alerts.lastError")} className="py-2 pr-4 break-all">
                    {alert.lastError ?? t("agency.alerts.noneRecorded")}
                  </td>
                  <td data-label={t("agency.alerts.queued")} className="py-2 pr-4">
                    <time dateTime={alert.createdAt.toISOString()}>{format.dateTime(alert.createdAt, "dateTime")}</time>
                  </td>
                  <td className="py-2">
                    <RetryAlertForm alertId={alert.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </StackTable>
        </>
      )}
      <h2 className="mt-10">{t("agency.alerts.jobsHeading")}</h2>
      <p className="max-w-prose">
        {t("agency.alerts.jobsIntro")} {t("agency.timesIn", { zone: timeZone })}
      </p>
      {jobRetried && (
        <Alert kind="success" live testId="job-retried">
          <p>{t("agency.alerts.jobRetried")}</p>
        </Alert>
      )}
      {jobs.jobs.length === 0 ? (
        <Alert kind="success" testId="failed-jobs-empty">
          <p>{t("agency.alerts.jobsEmpty")}</p>
        </Alert>
      ) : (
        <>
          {jobs.total > jobs.jobs.length && (
            <p className="text-muted">{t("agency.alerts.showingNewest", { shown: jobs.jobs.length, total: jobs.total })}</p>
          )}
          <StackTable
            caption={t("agency.alerts.jobsCaption")}
            columns={[
              { label: t("agency.alerts.job") },
              { label: t("agency.alerts.attempts") },
              { label: t("agency.alerts.lastError") },
              { label: t("agency.alerts.failed") },
              { label: t("agency.alerts.action"), hidden: true },
            ]}
            testId="failed-jobs"
          >
            <tbody>
              {jobs.jobs.map((job) => (
                <tr key={job.id} className="border-b border-line align-top" data-testid="failed-job">
                  <td className="py-2 pr-4">
                    {job.what
                      ? t("agency.alerts.taskWhat", { task: t("agency.alerts.task", { task: taskName(job.task) }), what: job.what })
                      : t("agency.alerts.task", { task: taskName(job.task) })}
                  </td>
                  <td data-label={t("agency.alerts.attempts")} className="py-2 pr-4">
                    {job.attempts}
                  </td>
                  <td data-label={t("agency.alerts.lastError")} className="py-2 pr-4 break-all">
                    {job.lastError ?? t("agency.alerts.noneRecorded")}
                  </td>
                  <td data-label={t("agency.alerts.failed")} className="py-2 pr-4">
                    <time dateTime={job.failedAt.toISOString()}>{format.dateTime(job.failedAt, "dateTime")}</time>
                  </td>
                  <td className="py-2">
                    <RetryJobForm jobId={job.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </StackTable>
        </>
      )}
    </>
  );
}
