import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import Link from "next/link";
import { listSubmittedFilings } from "@/lib/filing/submitted-filings";
import { filingTitle } from "@/lib/filing/engine/localize";
import { getReader, getT } from "@/lib/i18n/request";
import { feeText } from "@/lib/payments/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("filing.filings.title") };
}

export default async function FilingsPage() {
  const { actor } = await applicantContext();
  const filings = await listSubmittedFilings(actor);
  const reader = await getReader();
  const { t, format } = reader;
  return (
    <>
      <h1>{t("filing.filings.title")}</h1>
      <p className="max-w-prose">{t("filing.filings.intro")}</p>
      {filings.length === 0 ? (
        <p data-testid="no-filings">{t.rich("filing.filings.none", { link: (chunks) => <Link href="/dashboard">{chunks}</Link> })}</p>
      ) : (
        <>
          <p className="text-muted">{t("filing.filings.order", { zone: reader.timeZone })}</p>
          <ul className="max-w-3xl list-none p-0" data-testid="filings">
            {filings.map((filing) => (
              <li key={filing.id} className="border-b border-line py-4" data-testid="filing">
                <h2 className="mb-1 text-xl">
                  {t("filing.filings.form", { form: filing.formType, title: filingTitle(filing.formType, reader) ?? filing.formTitle })}
                </h2>
                <dl className="mb-2 grid grid-cols-facts gap-x-4 gap-y-1">
                  <dt className="text-muted">{t("filing.filings.confirmationNumber")}</dt>
                  <dd className="m-0 font-mono" data-testid="confirmation-number">
                    {filing.confirmationNumber}
                  </dd>
                  <dt className="text-muted">{t("filing.filings.filed")}</dt>
                  <dd className="m-0">
                    <time dateTime={filing.submittedAt.toISOString()}>{format.dateTime(filing.submittedAt, "dateTime")}</time>
                  </dd>
                  <dt className="text-muted">{t("filing.filings.feePaid")}</dt>
                  <dd className="m-0">{feeText(filing.feeCents, t)}</dd>
                  {filing.case && (
                    <>
                      <dt className="text-muted">{t("filing.filings.receiptNumber")}</dt>
                      <dd className="m-0">
                        <ReceiptNumber value={filing.case.receiptNumber} />
                      </dd>
                    </>
                  )}
                </dl>
                {filing.case ? (
                  <ul className="mb-0">
                    <li>
                      <Link href={`/cases/${filing.case.receiptNumber}`}>{t("filing.filings.seeCase")}</Link>
                    </li>
                    {filing.case.receiptNoticeId && (
                      <li>
                        <a href={`/cases/${filing.case.receiptNumber}/notices/${filing.case.receiptNoticeId}`} download>
                          {t("filing.confirmation.receiptNotice")}
                        </a>
                      </li>
                    )}
                    {filing.case.filedFormDocumentId && (
                      <li>
                        <a href={`/cases/${filing.case.receiptNumber}/documents/${filing.case.filedFormDocumentId}`} download>
                          {t("filing.filings.asFiled")}
                        </a>
                      </li>
                    )}
                  </ul>
                ) : (
                  <p className="mb-0">{t("filing.filings.addressDone")}</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
