import type { ReactNode } from "react";
import type { OnlineFilingView } from "@/lib/filing/filings-for-officer";
import { formatFileSize } from "@/lib/evidence/upload-rules";
import { formatUtcDateTime } from "@/lib/format";
import { formatCents, formatFee } from "@/lib/payments/money";

// The officer's view of a case filed online: the filing as submitted, read-only.

const PAYMENT_STATUS = { OPEN: "Started, not paid", PAID: "Paid", FAILED: "Failed or abandoned" } as const;

function When({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{formatUtcDateTime(at)}</time>;
}

function Facts({ rows, testId }: { rows: [string, ReactNode][]; testId?: string }) {
  return (
    <dl className="mb-4 grid max-w-prose grid-cols-[max-content_1fr] gap-x-4 gap-y-1" data-testid={testId}>
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted">{label}</dt>
          <dd className="m-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function FiledOnline({ filing, receiptNumber }: { filing: OnlineFilingView; receiptNumber: string }) {
  const download = (documentId: string) => `/agency/cases/${receiptNumber}/documents/${documentId}`;
  return (
    <section aria-labelledby="filed-online-heading" className="mb-8" data-testid="filed-online">
      <h2 id="filed-online-heading">Filed online</h2>
      <Facts
        testId="filing-facts"
        rows={[
          ["Form", `${filing.formType}: ${filing.formTitle}`],
          [
            "Confirmation number",
            <span key="c" className="font-mono">
              {filing.confirmationNumber}
            </span>,
          ],
          ["Filed", <When key="f" at={filing.submittedAt} />],
          ["Fee", formatFee(filing.feeCents)],
        ]}
      />
      {filing.filedFormDocumentId && (
        <p>
          <a href={download(filing.filedFormDocumentId)} download>
            The form as filed (PDF)
          </a>
        </p>
      )}

      <h3>Answers</h3>
      <div data-testid="filing-answers">
        {filing.parts.map((part) => (
          <div key={part.title} className="mb-4">
            <h4 className="mb-2">{part.title}</h4>
            <dl className="grid max-w-prose grid-cols-1 gap-y-1 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-x-4">
              {part.rows.map((row) => (
                <div key={row.questionId} className="contents">
                  <dt className="text-muted">{row.label}</dt>
                  <dd className="m-0 mb-2 break-words whitespace-pre-line">{row.value}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>

      <h3>Documents filed with the form</h3>
      {filing.documents.length === 0 ? (
        <p>No documents were uploaded with this form.</p>
      ) : (
        <ul className="max-w-prose" data-testid="filing-documents">
          {filing.documents.map((document) => (
            <li key={`${document.kind}-${document.documentId ?? document.name}`}>
              {document.kindLabel}:{" "}
              {document.documentId ? (
                <a href={download(document.documentId)} download className="break-all">
                  {document.name}
                </a>
              ) : (
                <span className="break-all">{document.name}</span>
              )}{" "}
              <span className="text-muted">({formatFileSize(document.size)})</span>
            </li>
          ))}
        </ul>
      )}

      <h3>Payment</h3>
      {filing.payments.length === 0 ? (
        <p data-testid="filing-payment">No payment: this filing has no fee.</p>
      ) : (
        <ul className="max-w-prose list-none p-0" data-testid="filing-payment">
          {filing.payments.map((payment) => (
            <li key={payment.stripeCheckoutSessionId} className="mb-3 border-l-8 border-line px-4 py-2">
              <Facts
                rows={[
                  ["Amount", `${formatCents(payment.amountCents)} ${payment.currency.toUpperCase()}`],
                  ["Status", PAYMENT_STATUS[payment.status]],
                  ...(payment.paidAt ? ([["Paid", <When key="p" at={payment.paidAt} />]] as [string, ReactNode][]) : []),
                  [
                    "Checkout session",
                    <span key="s" className="font-mono break-all">
                      {payment.stripeCheckoutSessionId}
                    </span>,
                  ],
                  [
                    "Payment intent",
                    <span key="i" className="font-mono break-all">
                      {payment.stripePaymentIntentId ?? "None"}
                    </span>,
                  ],
                ]}
              />
            </li>
          ))}
        </ul>
      )}

      <h3>Signature</h3>
      <Facts
        testId="filing-signature"
        rows={[
          ["Name typed", filing.signature.name ?? "Not signed"],
          ["Signed", filing.signature.signedAt ? <When key="s" at={filing.signature.signedAt} /> : "Not recorded"],
          ["Network address", filing.signature.address ?? "Not recorded"],
          ["Browser", filing.signature.userAgent ?? "Not recorded"],
        ]}
      />
    </section>
  );
}
