import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { PageLinks } from "@/components/ui/page-links";
import { parsePageNumber } from "@/lib/http/page-number";
import { getReader, getT } from "@/lib/i18n/request";
import { threadsForApplicant } from "@/lib/messages/thread-list";
import { ReceiptNumber } from "@/components/cases/receipt-number";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("secureMessages.list.title") };
}

export default async function MessagesPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const { session } = await applicantContext();
  const { t, format, timeZone } = await getReader();
  const list = await threadsForApplicant(session, parsePageNumber((await searchParams).page));
  return (
    <>
      <h1>{t("secureMessages.list.title")}</h1>
      <p className="max-w-prose">{t("secureMessages.list.intro")}</p>
      <p>
        <Link href="/messages/new" className={buttonClass("primary")}>
          {t("secureMessages.list.write")}
        </Link>
      </p>
      <section aria-labelledby="threads-heading">
        <h2 id="threads-heading" data-testid="thread-count">
          {t("secureMessages.list.count", { count: list.total })}
          {list.unread > 0 && (
            <span className="font-normal text-muted">{t("secureMessages.list.withNewReply", { count: list.unread })}</span>
          )}
          {list.pageCount > 1 && (
            <span className="font-normal text-muted"> {t("secureMessages.list.page", { page: list.page, pageCount: list.pageCount })}</span>
          )}
        </h2>
        {list.total === 0 ? (
          <p data-testid="no-threads">{t("secureMessages.list.none")}</p>
        ) : (
          <>
            <p className="text-muted">{t("secureMessages.list.order", { zone: timeZone })}</p>
            <ul className="max-w-3xl list-none p-0" data-testid="threads">
              {list.threads.map((thread) => (
                <li key={thread.id} className="border-b border-line py-4" data-testid="thread">
                  <Link href={`/messages/${thread.id}`} className="text-lg font-bold [overflow-wrap:anywhere]">
                    {thread.subject}
                  </Link>
                  {thread.unread && (
                    <strong className="ml-3 inline-block bg-primary px-2 py-0.5 text-sm text-white" data-testid="new-reply">
                      {t("secureMessages.list.newReply")}
                    </strong>
                  )}
                  <div className="text-muted">
                    {t.rich("secureMessages.list.summary", {
                      formType: thread.formType,
                      count: thread.messageCount,
                      receipt: () => <ReceiptNumber value={thread.receiptNumber} />,
                      time: () => (
                        <time dateTime={thread.lastMessageAt.toISOString()}>{format.dateTime(thread.lastMessageAt, "dateTime")}</time>
                      ),
                    })}
                  </div>
                </li>
              ))}
            </ul>
            <PageLinks
              label={t("secureMessages.list.pagesNav")}
              page={list.page}
              pageCount={list.pageCount}
              href={(page) => `/messages?page=${page}`}
              previous={t("secureMessages.list.newer")}
              next={t("secureMessages.list.older")}
            />
          </>
        )}
      </section>
    </>
  );
}
