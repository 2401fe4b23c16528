import { signedInContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { accountHistory } from "@/lib/audit/account-history";
import { parsePageNumber } from "@/lib/http/page-number";
import { formatUtcDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Account history" };

export default async function HistoryPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const { actor } = await signedInContext();
  const history = await accountHistory(actor, parsePageNumber((await searchParams).page));
  return (
    <>
      <h1>Account history</h1>
      <p className="max-w-prose">
        Sign-ins, failed attempts, lockouts and changes to your account, newest first. Times are in UTC. If something here wasn&apos;t you,
        change your password and <Link href="/settings/sessions">sign out of your other sessions</Link>.
      </p>
      {history.total === 0 ? (
        <p>There is nothing in your account history yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="stack-table w-full border-collapse text-left" data-testid="history-table">
            <caption className="mb-2 text-left font-bold">
              Page {history.page} of {history.pageCount} ({history.total} {history.total === 1 ? "entry" : "entries"})
            </caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  What happened
                </th>
                <th scope="col" className="py-2 pr-4">
                  When
                </th>
                <th scope="col" className="py-2 pr-4">
                  Device
                </th>
                <th scope="col" className="py-2">
                  Address
                </th>
              </tr>
            </thead>
            <tbody>
              {history.entries.map((entry) => (
                <tr key={entry.id} className="border-b border-line align-top">
                  <td className="py-3 pr-4">{entry.description}</td>
                  <td data-label="When" className="py-3 pr-4">
                    <time dateTime={entry.at.toISOString()}>{formatUtcDateTime(entry.at)}</time>
                  </td>
                  <td data-label="Device" className="py-3 pr-4">
                    {entry.device}
                  </td>
                  <td data-label="Address" className="py-3">
                    {entry.place}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history.pageCount > 1 && (
        <nav aria-label="Account history pages" className="mt-6 flex gap-6">
          {history.page > 1 && <Link href={`/settings/history?page=${history.page - 1}`}>Newer entries</Link>}
          {history.page < history.pageCount && <Link href={`/settings/history?page=${history.page + 1}`}>Older entries</Link>}
        </nav>
      )}
      <p className="mt-8">
        <Link href="/settings">Back to account settings</Link>
      </p>
    </>
  );
}
