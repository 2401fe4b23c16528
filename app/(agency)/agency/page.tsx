import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { workQueue } from "@/lib/agency/console/work-queue";
import { formatUtcDateTime } from "@/lib/format";
import { notFound } from "next/navigation";
import { ReceiptNumber } from "@/components/cases/receipt-number";

export const metadata: Metadata = { title: "Work queue" };

export default async function WorkQueuePage() {
  const { session } = await officerContext();
  const queue = await workQueue(session);
  if (!queue) notFound();
  return (
    <>
      <h1>Work queue</h1>
      <p>
        Cases with messages the agency has not answered, evidence responses no one has reviewed and new online filings no one has acted on,
        oldest first. Times are in UTC.
      </p>
      {queue.items.length === 0 ? (
        <p data-testid="queue-empty">Nothing is waiting. New messages, evidence responses and online filings appear here.</p>
      ) : (
        <>
          <p className="text-muted" data-testid="queue-count">
            {queue.total > queue.items.length
              ? `Showing the oldest ${queue.items.length} of ${queue.total} waiting items.`
              : `${queue.total} waiting ${queue.total === 1 ? "item" : "items"}.`}
          </p>
          <div className="overflow-x-auto">
            <table className="stack-table w-full border-collapse text-left" data-testid="work-queue">
              <caption className="sr-only">Waiting items, oldest first</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    Receipt number
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Form
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    Waiting
                  </th>
                  <th scope="col" className="py-2">
                    Waiting since
                  </th>
                </tr>
              </thead>
              <tbody>
                {queue.items.map((item) => (
                  <tr key={item.key} className="border-b border-line">
                    <td className="py-2 pr-4 font-mono">
                      <Link href={`/agency/cases/${item.receiptNumber}`} prefetch={false}>
                        <ReceiptNumber value={item.receiptNumber} />
                      </Link>
                    </td>
                    <td data-label="Form" className="py-2 pr-4">
                      {item.formType}
                    </td>
                    <td data-label="Waiting" className="py-2 pr-4 break-words">
                      {item.waiting.kind === "message" ? (
                        <Link href={`/agency/messages/${item.waiting.threadId}`} prefetch={false}>
                          Message: {item.waiting.subject}
                        </Link>
                      ) : item.waiting.kind === "filing" ? (
                        "New online filing"
                      ) : (
                        "Evidence response"
                      )}
                    </td>
                    <td data-label="Waiting since" className="py-2">
                      <time dateTime={item.since.toISOString()}>{formatUtcDateTime(item.since)}</time>
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
