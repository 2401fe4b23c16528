import { signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { PageLinks } from "@/components/ui/page-links";
import { accountHistory } from "@/lib/audit/account-history";
import { parsePageNumber } from "@/lib/http/page-number";
import { getReader, getT } from "@/lib/i18n/request";
import { StackTable } from "@/components/ui/stack-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("history.page.title") };
}

export default async function HistoryPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const { actor } = await signedInContext();
  const { t, format, text, timeZone } = await getReader();
  const history = await accountHistory(actor, parsePageNumber((await searchParams).page));
  return (
    <>
      <h1>{t("history.page.title")}</h1>
      <p className="max-w-prose" data-testid="history-intro">
        {t.rich("history.page.intro", {
          zone: timeZone,
          link: (chunks) => <Link href="/settings/sessions">{chunks}</Link>,
        })}
      </p>
      {history.total === 0 ? (
        <p>{t("history.page.empty")}</p>
      ) : (
        <StackTable
          caption={t("history.page.caption", { page: history.page, pageCount: history.pageCount, total: history.total })}
          showCaption
          columns={[
            { label: t("history.page.columns.what") },
            { label: t("history.page.columns.when") },
            { label: t("history.page.columns.device") },
            { label: t("history.page.columns.address") },
          ]}
          testId="history-table"
        >
          <tbody>
            {history.entries.map((entry) => (
              <tr key={entry.id} className="border-b border-line align-top">
                <td className="py-3 pr-4">{text(entry.description)}</td>
                <td data-label={t("history.page.columns.when")} className="py-3 pr-4">
                  <time dateTime={entry.at.toISOString()}>{format.dateTime(entry.at, "dateTime")}</time>
                </td>
                <td data-label={t("history.page.columns.device")} className="py-3 pr-4">
                  {text(entry.device)}
                </td>
                <td data-label={t("history.page.columns.address")} className="py-3">
                  {text(entry.place)}
                </td>
              </tr>
            ))}
          </tbody>
        </StackTable>
      )}
      <PageLinks
        label={t("history.page.pagesNav")}
        page={history.page}
        pageCount={history.pageCount}
        href={(page) => `/settings/history?page=${page}`}
        previous={t("history.page.newer")}
        next={t("history.page.older")}
      />
      <p className="mt-8">
        <Link href="/settings">{t("history.page.back")}</Link>
      </p>
    </>
  );
}
