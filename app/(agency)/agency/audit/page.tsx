import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { readAuditFilter, filterValues, type AuditQuery } from "@/lib/audit/audit-filter";
import { auditLogPage } from "@/lib/audit/audit-log";
import { getReader, getT } from "@/lib/i18n/request";
import { parsePageNumber } from "@/lib/http/page-number";
import { AuditFilterForm } from "./audit-filter-form";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { PageLinks } from "@/components/ui/page-links";
import { StackTable } from "@/components/ui/stack-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("agency.audit.title") };
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<AuditQuery> }) {
  const { session } = await officerContext();
  const query = await searchParams;
  const values = filterValues(query);
  const filter = readAuditFilter(query);
  const log = filter.ok ? await auditLogPage(session, filter.filter, parsePageNumber(query.page)) : filter;
  const { t, format, text, timeZone } = await getReader();
  const pageLink = (page: number) => `/agency/audit?${new URLSearchParams({ ...nonEmpty(values), page: String(page) })}`;
  return (
    <>
      <h1>{t("agency.audit.title")}</h1>
      <p className="max-w-prose">
        {t.rich("agency.audit.intro", { link: (chunks) => <Link href="/settings/history">{chunks}</Link> })}{" "}
        {t("agency.timesIn", { zone: timeZone })}
      </p>
      <AuditFilterForm
        values={values}
        message={log.ok ? undefined : text(log.message)}
        fieldErrors={
          log.ok || !log.fieldErrors ? undefined : Object.fromEntries(Object.entries(log.fieldErrors).map(([k, v]) => [k, text(v)]))
        }
      />
      {!log.ok ? null : log.total === 0 ? (
        <p data-testid="audit-empty">{t("agency.audit.empty")}</p>
      ) : (
        <StackTable
          caption={t("agency.audit.caption", { page: log.page, pageCount: log.pageCount, total: log.total })}
          showCaption
          columns={[
            { label: t("agency.audit.when") },
            { label: t("agency.audit.actor") },
            { label: t("agency.audit.action") },
            { label: t("agency.audit.case") },
            { label: t("agency.audit.details") },
          ]}
          testId="audit-table"
        >
          <tbody>
            {log.entries.map((entry) => (
              <tr key={entry.id} className="border-b border-line align-top" data-testid="audit-entry">
                <td className="py-3 pr-4">
                  <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, "dateTime")}</time>
                </td>
                <td data-label={t("agency.audit.actor")} className="py-3 pr-4 break-words">
                  {text(entry.actor)}
                </td>
                <td data-label={t("agency.audit.action")} className="py-3 pr-4">
                  {text(entry.action)}
                </td>
                <td data-label={t("agency.audit.case")} className="py-3 pr-4 font-mono">
                  {entry.receiptNumber ? (
                    <Link href={`/agency/cases/${entry.receiptNumber}`} prefetch={false}>
                      <ReceiptNumber value={entry.receiptNumber} />
                    </Link>
                  ) : (
                    <span className="text-muted">{t("agency.audit.none")}</span>
                  )}
                </td>
                <td data-label={t("agency.audit.details")} className="py-3 break-words">
                  {entry.detail}
                </td>
              </tr>
            ))}
          </tbody>
        </StackTable>
      )}
      {log.ok && (
        <PageLinks
          label={t("agency.audit.pages")}
          page={log.page}
          pageCount={log.pageCount}
          href={pageLink}
          previous={t("agency.audit.newer")}
          next={t("agency.audit.older")}
        />
      )}
    </>
  );
}

function nonEmpty(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ""));
}
