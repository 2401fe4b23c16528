import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { workQueue } from "@/lib/agency/console/work-queue";
import { getReader, getT } from "@/lib/i18n/request";
import { notFound } from "next/navigation";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { StackTable } from "@/components/ui/stack-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("agency.queue.title") };
}

export default async function WorkQueuePage() {
  const { session } = await officerContext();
  const queue = await workQueue(session);
  if (!queue) notFound();
  const { t, format, timeZone } = await getReader();
  return (
    <>
      <h1>{t("agency.queue.title")}</h1>
      <p>{t("agency.queue.intro")}</p>
      {queue.items.length === 0 ? (
        <p data-testid="queue-empty">{t("agency.queue.empty")}</p>
      ) : (
        <>
          <p className="text-muted" data-testid="queue-count">
            {queue.total > queue.items.length
              ? t("agency.queue.showingOldest", { shown: queue.items.length, total: queue.total })
              : t("agency.queue.count", { count: queue.total })}{" "}
            <span data-testid="queue-zone">{t("agency.timesIn", { zone: timeZone })}</span>
          </p>
          <StackTable
            caption={t("agency.queue.caption")}
            columns={[
              { label: t("agency.queue.receiptNumber") },
              { label: t("agency.queue.form") },
              { label: t("agency.queue.waiting") },
              { label: t("agency.queue.since") },
            ]}
            testId="work-queue"
          >
            <tbody>
              {queue.items.map((item) => (
                <tr key={item.key} className="border-b border-line">
                  <td className="py-2 pr-4 font-mono">
                    <Link href={`/agency/cases/${item.receiptNumber}`} prefetch={false}>
                      <ReceiptNumber value={item.receiptNumber} />
                    </Link>
                  </td>
                  <td data-label={t("agency.queue.form")} className="py-2 pr-4">
                    {item.formType}
                  </td>
                  <td data-label={t("agency.queue.waiting")} className="py-2 pr-4 break-words">
                    {item.waiting.kind === "message" ? (
                      <Link href={`/agency/messages/${item.waiting.threadId}`} prefetch={false}>
                        {t("agency.queue.message", { subject: item.waiting.subject })}
                      </Link>
                    ) : item.waiting.kind === "filing" ? (
                      t("agency.queue.filing")
                    ) : (
                      t("agency.queue.evidence")
                    )}
                  </td>
                  <td data-label={t("agency.queue.since")} className="py-2">
                    <time dateTime={item.since.toISOString()}>{format.dateTime(item.since, "dateTime")}</time>
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
