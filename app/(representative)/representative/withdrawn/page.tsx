import { representativeWithProfileContext } from "@/lib/representation/representative-context";
import type { Metadata } from "next";
import Link from "next/link";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { Alert } from "@/components/ui/alert";
import { getReader, getT } from "@/lib/i18n/request";
import { withdrawnRepresentations } from "@/lib/representation/represented-case";
import { StackTable } from "@/components/ui/stack-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("representative.withdrawn.title") };
}

const ENDED_BY = {
  CLIENT: "representative.withdrawn.endedBy.client",
  REPRESENTATIVE: "representative.withdrawn.endedBy.representative",
  OFFICER: "representative.withdrawn.endedBy.officer",
} as const;

export default async function WithdrawnPage({ searchParams }: { searchParams: Promise<{ withdrawn?: string }> }) {
  const { actor } = await representativeWithProfileContext();
  const { t, format, text } = await getReader();
  const rows = await withdrawnRepresentations(actor);
  const { withdrawn } = await searchParams;
  const justWithdrawn = rows.find((row) => row.receiptNumber === withdrawn && row.endedBy === "REPRESENTATIVE");
  return (
    <>
      <p>
        <Link href="/representative">{t("representative.backToMyClients")}</Link>
      </p>
      {justWithdrawn && (
        <Alert kind="success" heading={t("representative.withdrawn.banner.heading")} testId="withdrawn-banner">
          <p>
            {t("representative.withdrawn.banner.text", { client: justWithdrawn.clientName, receiptNumber: justWithdrawn.receiptNumber })}
          </p>
        </Alert>
      )}
      <h1>{t("representative.withdrawn.title")}</h1>
      <p className="max-w-prose">{t("representative.withdrawn.intro")}</p>
      {rows.length === 0 ? (
        <p data-testid="no-withdrawn">{t("representative.withdrawn.none")}</p>
      ) : (
        <StackTable
          caption={t("representative.withdrawn.caption")}
          columns={[
            { label: t("representative.withdrawn.columns.clientAndCase") },
            { label: t("representative.fields.receiptNumber") },
            { label: t("representative.withdrawn.columns.from") },
            { label: t("representative.withdrawn.columns.ended") },
            { label: t("representative.withdrawn.columns.endedBy") },
          ]}
          testId="withdrawn"
          className="max-w-4xl"
        >
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-line" data-testid="withdrawn-row">
                <td className="py-2 pr-4">
                  {t("representative.caseName", { client: row.clientName, formType: row.formType, formName: text(row.formName) })}
                </td>
                <td data-label={t("representative.fields.receiptNumber")} className="py-2 pr-4">
                  <ReceiptNumber value={row.receiptNumber} />
                </td>
                <td data-label={t("representative.withdrawn.columns.from")} className="py-2 pr-4">
                  <time dateTime={row.startedAt.toISOString()}>{format.dateTime(row.startedAt, "date")}</time>
                </td>
                <td data-label={t("representative.withdrawn.columns.ended")} className="py-2 pr-4">
                  <time dateTime={row.endedAt.toISOString()}>{format.dateTime(row.endedAt, "date")}</time>
                </td>
                <td data-label={t("representative.withdrawn.columns.endedBy")} className="py-2" data-testid="ended-by">
                  {t(row.endedBy ? ENDED_BY[row.endedBy] : "representative.withdrawn.endedBy.notRecorded")}
                </td>
              </tr>
            ))}
          </tbody>
        </StackTable>
      )}
    </>
  );
}
