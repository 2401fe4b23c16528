import type { ReactNode } from "react";
import type { OnlineFilingView } from "@/lib/filing/filings-for-officer";
import { formatFileSize } from "@/lib/evidence/upload-rules";
import { getReader } from "@/lib/i18n/request";
import type { DateFormatter } from "@/lib/i18n/translator";
import { formatCents, formatFee } from "@/lib/payments/money";

// The officer's view of a case filed online: the filing as submitted, read-only.

function When({ at, format }: { at: Date; format: DateFormatter }) {
  return <time dateTime={at.toISOString()}>{format.dateTime(at, "dateTime")}</time>;
}

function Facts({ rows, testId }: { rows: [string, ReactNode][]; testId?: string }) {
  return (
    <dl className="mb-4 grid max-w-prose grid-cols-facts gap-x-4 gap-y-1" data-testid={testId}>
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted">{label}</dt>
          <dd className="m-0 break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export async function FiledOnline({ filing, receiptNumber }: { filing: OnlineFilingView; receiptNumber: string }) {
  const { t, format, text } = await getReader();
  const download = (documentId: string) => `/agency/cases/${receiptNumber}/documents/${documentId}`;
  return (
    <section aria-labelledby="filed-online-heading" className="mb-8" data-testid="filed-online">
      <h2 id="filed-online-heading">{t("agency.filed.heading")}</h2>
      <Facts
        testId="filing-facts"
        rows={[
          [t("agency.filed.form"), `${filing.formType}: ${text(filing.formTitle)}`],
          [
            t("agency.filed.confirmationNumber"),
            <span key="c" className="font-mono">
              {filing.confirmationNumber}
            </span>,
          ],
          [t("agency.filed.filed"), <When key="f" at={filing.submittedAt} format={format} />],
          [t("agency.filed.fee"), formatFee(filing.feeCents)],
        ]}
      />
      {filing.filedFormDocumentId && (
        <p>
          <a href={download(filing.filedFormDocumentId)} download>
            {t("agency.filed.filedForm")}
          </a>
        </p>
      )}

      <h3>{t("agency.filed.answers")}</h3>
      <div data-testid="filing-answers">
        {filing.parts.map((part) => (
          <div key={part.title} className="mb-4">
            <h4 className="mb-2">{text(part.title)}</h4>
            <dl className="grid max-w-prose grid-cols-1 gap-y-1 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-x-4">
              {part.rows.map((row) => (
                <div key={row.questionId} className="contents">
                  <dt className="text-muted">{text(row.label)}</dt>
                  <dd className="m-0 mb-2 break-words whitespace-pre-line">{row.value}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>

      <h3>{t("agency.filed.documents")}</h3>
      {filing.documents.length === 0 ? (
        <p>{t("agency.filed.noDocuments")}</p>
      ) : (
        <ul className="max-w-prose" data-testid="filing-documents">
          {filing.documents.map((document) => (
            <li key={`${document.kind}-${document.documentId ?? document.name}`}>
              {text(document.kindLabel)}:{" "}
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

      <h3>{t("agency.filed.payment")}</h3>
      {filing.payments.length === 0 ? (
        <p data-testid="filing-payment">{t("agency.filed.noPayment")}</p>
      ) : (
        <ul className="max-w-prose list-none p-0" data-testid="filing-payment">
          {filing.payments.map((payment) => (
            <li key={payment.stripeCheckoutSessionId} className="mb-3 border-l-8 border-line px-4 py-2">
              <Facts
                rows={[
                  [t("agency.filed.amount"), `${formatCents(payment.amountCents)} ${payment.currency.toUpperCase()}`],
                  [t("agency.filed.status"), t("agency.filed.paymentStatus", { status: payment.status })],
                  ...(payment.paidAt
                    ? ([[t("agency.filed.paid"), <When key="p" at={payment.paidAt} format={format} />]] as [string, ReactNode][])
                    : []),
                  [
                    t("agency.filed.checkoutSession"),
                    <span key="s" className="font-mono break-all">
                      {payment.stripeCheckoutSessionId}
                    </span>,
                  ],
                  [
                    t("agency.filed.paymentIntent"),
                    <span key="i" className="font-mono break-all">
                      {payment.stripePaymentIntentId ?? t("agency.filed.none")}
                    </span>,
                  ],
                ]}
              />
            </li>
          ))}
        </ul>
      )}

      <h3>{t("agency.filed.signature")}</h3>
      <Facts
        testId="filing-signature"
        rows={[
          [t("agency.filed.nameTyped"), filing.signature.name ?? t("agency.filed.notSigned")],
          [
            t("agency.filed.signed"),
            filing.signature.signedAt ? <When key="s" at={filing.signature.signedAt} format={format} /> : t("agency.filed.notRecorded"),
          ],
          [t("agency.filed.networkAddress"), filing.signature.address ?? t("agency.filed.notRecorded")],
          [t("agency.filed.browser"), filing.signature.userAgent ?? t("agency.filed.notRecorded")],
        ]}
      />
    </section>
  );
}
