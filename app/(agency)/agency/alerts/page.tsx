import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RetryAlertForm } from "./retry-alert-form";
import { RetryJobForm } from "./retry-job-form";
import { Alert } from "@/components/ui/alert";
import { failedJobs } from "@/lib/agency/console/failed-jobs";
import { undeliveredAlerts } from "@/lib/agency/console/undelivered-alerts";
import { formatUtcDateTime } from "@/lib/format";
import { ReceiptNumber } from "@/components/cases/receipt-number";

export const metadata: Metadata = { title: "Undelivered alerts" };

const CHANNEL = { EMAIL: "Email", SMS: "Text message" } as const;

export default async function UndeliveredAlertsPage({
  searchParams,
}: {
  searchParams: Promise<{ retried?: string; jobRetried?: string }>;
}) {
  const { session } = await officerContext();
  const [list, jobs] = await Promise.all([undeliveredAlerts(session), failedJobs(session)]);
  if (!list || !jobs) notFound();
  const { retried, jobRetried } = await searchParams;
  return (
    <>
      <h1>Undelivered alerts</h1>
      <p className="max-w-prose">
        Case alerts that could not be delivered after every retry, newest first. &ldquo;Try again&rdquo; puts one back in the queue to be
        sent now. Times are in UTC.
      </p>
      {retried && (
        <Alert kind="success" live testId="alert-retried">
          <p>The alert is back in the queue and will be sent in a moment.</p>
        </Alert>
      )}
      {list.alerts.length === 0 ? (
        <Alert kind="success" testId="alerts-empty">
          <p>Every case alert has been delivered or is still being tried.</p>
        </Alert>
      ) : (
        <>
          {list.total > list.alerts.length && (
            <p className="text-muted">
              Showing the newest {list.alerts.length} of {list.total}.
            </p>
          )}
          <div className="overflow-x-auto">
            <table className="stack-table w-full border-collapse text-left" data-testid="undelivered-alerts">
              <caption className="sr-only">Undelivered case alerts, newest first</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    Case
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Channel
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Attempts
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Last error
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Queued
                  </th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.alerts.map((alert) => (
                  <tr key={alert.id} className="border-b border-line align-top" data-testid="undelivered-alert">
                    <td className="py-2 pr-4 font-mono">
                      <Link href={`/agency/cases/${alert.receiptNumber}`} prefetch={false}>
                        <ReceiptNumber value={alert.receiptNumber} />
                      </Link>
                    </td>
                    <td data-label="Channel" className="py-2 pr-4">
                      {CHANNEL[alert.channel]}
                    </td>
                    <td data-label="Attempts" className="py-2 pr-4">
                      {alert.attempts}
                    </td>
                    <td data-label="Last error" className="py-2 pr-4 break-all">
                      {alert.lastError ?? "None recorded"}
                    </td>
                    <td data-label="Queued" className="py-2 pr-4">
                      <time dateTime={alert.createdAt.toISOString()}>{formatUtcDateTime(alert.createdAt)}</time>
                    </td>
                    <td className="py-2">
                      <RetryAlertForm alertId={alert.id} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h2 className="mt-10">Failed background jobs</h2>
      <p className="max-w-prose">
        Scheduled and background work (reminders, draft expiry, removing expired records) that failed on every attempt, newest first.
        &ldquo;Run again&rdquo; gives a job a fresh set of attempts, starting now. Times are in UTC.
      </p>
      {jobRetried && (
        <Alert kind="success" live testId="job-retried">
          <p>The job is back in the queue and will run in a moment.</p>
        </Alert>
      )}
      {jobs.jobs.length === 0 ? (
        <Alert kind="success" testId="failed-jobs-empty">
          <p>No background job has failed.</p>
        </Alert>
      ) : (
        <>
          {jobs.total > jobs.jobs.length && (
            <p className="text-muted">
              Showing the newest {jobs.jobs.length} of {jobs.total}.
            </p>
          )}
          <div className="overflow-x-auto">
            <table className="stack-table w-full border-collapse text-left" data-testid="failed-jobs">
              <caption className="sr-only">Failed background jobs, newest first</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    Job
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Attempts
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Last error
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Failed
                  </th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {jobs.jobs.map((job) => (
                  <tr key={job.id} className="border-b border-line align-top" data-testid="failed-job">
                    <td className="py-2 pr-4">{job.task}</td>
                    <td data-label="Attempts" className="py-2 pr-4">
                      {job.attempts}
                    </td>
                    <td data-label="Last error" className="py-2 pr-4 break-all">
                      {job.lastError ?? "None recorded"}
                    </td>
                    <td data-label="Failed" className="py-2 pr-4">
                      <time dateTime={job.failedAt.toISOString()}>{formatUtcDateTime(job.failedAt)}</time>
                    </td>
                    <td className="py-2">
                      <RetryJobForm jobId={job.id} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
