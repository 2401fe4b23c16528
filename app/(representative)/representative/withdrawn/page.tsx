import { representativeContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { Alert } from "@/components/ui/alert";
import { formatUtcDate } from "@/lib/format";
import { withdrawnRepresentations } from "@/lib/representation/represented-case";
import { ENDED_BY_TEXT } from "../representative-texts";

export const metadata: Metadata = { title: "Withdrawn G-28s" };

export default async function WithdrawnPage({ searchParams }: { searchParams: Promise<{ withdrawn?: string }> }) {
  const { actor } = await representativeContext();
  const rows = await withdrawnRepresentations(actor);
  const { withdrawn } = await searchParams;
  const justWithdrawn = rows.find((row) => row.receiptNumber === withdrawn && row.endedBy === "REPRESENTATIVE");
  return (
    <>
      <p>
        <Link href="/representative">Back to my clients</Link>
      </p>
      {justWithdrawn && (
        <Alert kind="success" heading="You withdrew from the case" testId="withdrawn-banner">
          <p>
            Your G-28 on the case of {justWithdrawn.clientName} ({justWithdrawn.receiptNumber}) has ended. We emailed your client and you.
          </p>
        </Alert>
      )}
      <h1>Withdrawn G-28s</h1>
      <p className="max-w-prose">
        Cases you represented before. The G-28 has ended, so you no longer have access to these cases; this list is your record of them.
      </p>
      {rows.length === 0 ? (
        <p data-testid="no-withdrawn">No G-28 of yours has ended.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="stack-table w-full max-w-4xl border-collapse text-left" data-testid="withdrawn">
            <caption className="sr-only">Ended representations, most recent first</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  Client and case
                </th>
                <th scope="col" className="py-2 pr-4">
                  Receipt number
                </th>
                <th scope="col" className="py-2 pr-4">
                  Represented from
                </th>
                <th scope="col" className="py-2 pr-4">
                  Ended
                </th>
                <th scope="col" className="py-2">
                  Ended by
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-line" data-testid="withdrawn-row">
                  <td className="py-2 pr-4">
                    {row.clientName}: {row.formType}, {row.formName}
                  </td>
                  <td data-label="Receipt number" className="py-2 pr-4">
                    <ReceiptNumber value={row.receiptNumber} />
                  </td>
                  <td data-label="Represented from" className="py-2 pr-4">
                    <time dateTime={row.startedAt.toISOString()}>{formatUtcDate(row.startedAt)}</time>
                  </td>
                  <td data-label="Ended" className="py-2 pr-4">
                    <time dateTime={row.endedAt.toISOString()}>{formatUtcDate(row.endedAt)}</time>
                  </td>
                  <td data-label="Ended by" className="py-2" data-testid="ended-by">
                    {row.endedBy ? ENDED_BY_TEXT[row.endedBy] : "Not recorded"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
