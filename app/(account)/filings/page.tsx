import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import Link from "next/link";
import { listSubmittedFilings } from "@/lib/filing/submitted-filings";
import { formatUtcDateTime } from "@/lib/format";
import { formatFee } from "@/lib/payments/money";

export const metadata: Metadata = { title: "Your filings" };

export default async function FilingsPage() {
  const { actor } = await applicantContext();
  const filings = await listSubmittedFilings(actor);
  return (
    <>
      <h1>Your filings</h1>
      <p className="max-w-prose">
        The forms you filed online, with their confirmation numbers. A form that starts a case also has a receipt number: follow the case
        from its page. Drafts you have not submitted are on your dashboard.
      </p>
      {filings.length === 0 ? (
        <p data-testid="no-filings">
          You have not filed anything online yet. <Link href="/dashboard">Back to your dashboard</Link>
        </p>
      ) : (
        <>
          <p className="text-muted">Most recent first. Times are in UTC.</p>
          <ul className="max-w-3xl list-none p-0" data-testid="filings">
            {filings.map((filing) => (
              <li key={filing.id} className="border-b border-line py-4" data-testid="filing">
                <h2 className="mb-1 text-xl">
                  Form {filing.formType}: {filing.formTitle}
                </h2>
                <dl className="mb-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
                  <dt className="text-muted">Confirmation number</dt>
                  <dd className="m-0 font-mono" data-testid="confirmation-number">
                    {filing.confirmationNumber}
                  </dd>
                  <dt className="text-muted">Filed</dt>
                  <dd className="m-0">
                    <time dateTime={filing.submittedAt.toISOString()}>{formatUtcDateTime(filing.submittedAt)}</time>
                  </dd>
                  <dt className="text-muted">Fee paid</dt>
                  <dd className="m-0">{formatFee(filing.feeCents)}</dd>
                  {filing.case && (
                    <>
                      <dt className="text-muted">Receipt number</dt>
                      <dd className="m-0">
                        <ReceiptNumber value={filing.case.receiptNumber} />
                      </dd>
                    </>
                  )}
                </dl>
                {filing.case ? (
                  <ul className="mb-0">
                    <li>
                      <Link href={`/cases/${filing.case.receiptNumber}`}>See the case</Link>
                    </li>
                    {filing.case.receiptNoticeId && (
                      <li>
                        <a href={`/cases/${filing.case.receiptNumber}/notices/${filing.case.receiptNoticeId}`} download>
                          Receipt notice (PDF)
                        </a>
                      </li>
                    )}
                    {filing.case.filedFormDocumentId && (
                      <li>
                        <a href={`/cases/${filing.case.receiptNumber}/documents/${filing.case.filedFormDocumentId}`} download>
                          The form as filed (PDF)
                        </a>
                      </li>
                    )}
                  </ul>
                ) : (
                  <p className="mb-0">Your new address is on your account and on your pending cases.</p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
