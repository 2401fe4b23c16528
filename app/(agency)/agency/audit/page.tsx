import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { readAuditFilter, filterValues, type AuditQuery } from "@/lib/audit/audit-filter";
import { auditLogPage } from "@/lib/audit/audit-log";
import { formatUtcDateTime } from "@/lib/format";
import { parsePageNumber } from "@/lib/http/page-number";
import { AuditFilterForm } from "./audit-filter-form";
import { ReceiptNumber } from "@/components/cases/receipt-number";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<AuditQuery> }) {
  const { session } = await officerContext();
  const query = await searchParams;
  const values = filterValues(query);
  const filter = readAuditFilter(query);
  const log = filter.ok ? await auditLogPage(session, filter.filter, parsePageNumber(query.page)) : filter;
  const pageLink = (page: number) => `/agency/audit?${new URLSearchParams({ ...nonEmpty(values), page: String(page) })}`;
  return (
    <>
      <h1>Audit log</h1>
      <p className="max-w-prose">
        Everything officers and the agency command did to cases and accounts, newest first. Times are in UTC. Your own sign-ins and security
        changes are in your <Link href="/settings/history">account history</Link>.
      </p>
      <AuditFilterForm values={values} message={log.ok ? undefined : log.message} fieldErrors={log.ok ? undefined : log.fieldErrors} />
      {!log.ok ? null : log.total === 0 ? (
        <p data-testid="audit-empty">No entries match these filters.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="stack-table w-full border-collapse text-left" data-testid="audit-table">
            <caption className="mb-2 text-left font-bold">
              Page {log.page} of {log.pageCount} ({log.total} {log.total === 1 ? "entry" : "entries"})
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  When
                </th>
                <th scope="col" className="py-2 pr-4">
                  Done by
                </th>
                <th scope="col" className="py-2 pr-4">
                  Action
                </th>
                <th scope="col" className="py-2 pr-4">
                  Case
                </th>
                <th scope="col" className="py-2">
                  Details
                </th>
              </tr>
            </thead>
            <tbody>
              {log.entries.map((entry) => (
                <tr key={entry.id} className="border-b border-line align-top" data-testid="audit-entry">
                  <td className="py-3 pr-4">
                    <time dateTime={entry.at.toISOString()}>{formatUtcDateTime(entry.at)}</time>
                  </td>
                  <td data-label="Done by" className="py-3 pr-4 break-words">
                    {entry.actor}
                  </td>
                  <td data-label="Action" className="py-3 pr-4">
                    {entry.action}
                  </td>
                  <td data-label="Case" className="py-3 pr-4 font-mono">
                    {entry.receiptNumber ? (
                      <Link href={`/agency/cases/${entry.receiptNumber}`} prefetch={false}>
                        <ReceiptNumber value={entry.receiptNumber} />
                      </Link>
                    ) : (
                      <span className="text-muted">None</span>
                    )}
                  </td>
                  <td data-label="Details" className="py-3 break-words">
                    {entry.detail}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log.ok && log.pageCount > 1 && (
        <nav aria-label="Audit log pages" className="mt-6 flex gap-6">
          {log.page > 1 && <Link href={pageLink(log.page - 1)}>Newer entries</Link>}
          {log.page < log.pageCount && <Link href={pageLink(log.page + 1)}>Older entries</Link>}
        </nav>
      )}
    </>
  );
}

function nonEmpty(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));
}
