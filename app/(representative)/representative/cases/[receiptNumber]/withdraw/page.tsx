import { representativeWithProfileContext } from "@/lib/representation/representative-context";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { getReader, getT } from "@/lib/i18n/request";
import { representedCase } from "@/lib/representation/represented-case";
import { WithdrawForm } from "./withdraw-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("representative.withdraw.title") };
}

export default async function WithdrawPage({ params }: { params: Promise<{ receiptNumber: string }> }) {
  const { actor } = await representativeWithProfileContext();
  const { t } = await getReader();
  const view = await representedCase(actor, (await params).receiptNumber);
  if (!view) notFound();
  return (
    <>
      <p>
        <Link href={`/representative/cases/${view.receiptNumber}`}>{t("representative.backToCase")}</Link>
      </p>
      <h1>{t("representative.withdraw.heading")}</h1>
      <p className="max-w-prose">
        {t.rich("representative.withdraw.about", {
          client: view.clientName,
          formType: view.formType,
          strong: (chunks) => <strong>{chunks}</strong>,
          receipt: () => <ReceiptNumber value={view.receiptNumber} />,
        })}
      </p>
      <ul className="max-w-prose">
        <li>{t("representative.withdraw.loseAccess")}</li>
        <li>{t("representative.withdraw.emailed")}</li>
        <li>{t("representative.withdraw.cannotUndo")}</li>
      </ul>
      <WithdrawForm representationId={view.representationId} submitLabel={t("representative.withdraw.confirm")} />
      <p className="mt-4">
        <Link href={`/representative/cases/${view.receiptNumber}`}>{t("representative.withdraw.keep")}</Link>
      </p>
    </>
  );
}
