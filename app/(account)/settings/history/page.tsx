import { signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { PageLinks } from "@/components/ui/page-links";
import { accountHistory } from "@/lib/audit/account-history";
import { parsePageNumber } from "@/lib/http/page-number";
import { getReader, getT } from "@/lib/i18n/request";

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
        <div className="overflow-x-auto">
          <table className="stack-table w-full border-collapse text-left" data-testid="history-table">
            <caption className="mb-2 text-left font-bold">
              {t("history.page.caption", { page: history.page, pageCount: history.pageCount, total: history.total })}
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("history.page.columns.what")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("history.page.columns.when")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("history.page.columns.device")}
                </th>
                <th scope="col" className="py-2">
                  {t("history.page.columns.address")}
                </th>
              </tr>
            </thead>
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
          </table>
        </div>
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
