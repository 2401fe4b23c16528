import type { Metadata } from "next";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { filerContext } from "@/lib/actions/contexts";
import { definitionFor } from "@/lib/filing/definitions";
import { draftForOwner } from "@/lib/filing/drafts";
import { submittedFilingFor, type SubmittedFiling } from "@/lib/filing/submitted-filings";
import { filingTitle } from "@/lib/filing/engine/localize";
import { getReader, getT } from "@/lib/i18n/request";
import { feeText } from "@/lib/payments/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("filing.confirmation.title") };
}

type Params = { params: Promise<{ filingId: string }> };

export default async function ConfirmationPage({ params }: Params) {
  const { actor } = await filerContext();
  const reader = await getReader();
  const { t, format } = reader;
  const { filingId } = await params;
  const filing = await submittedFilingFor(actor, filingId);
  if (!filing) {
    // Not submitted yet: back to where it is being filled in; not theirs: not found.
    const draft = await draftForOwner(actor, filingId);
    if (!draft) notFound();
    redirect(`/file/${draft.id}`);
  }
  const filed = filing.case;
  const receipt = filed?.receiptNumber ?? null;
  const makesCase = definitionFor(filing.formType)?.outcome !== "address-change";
  if (actor.role === "REPRESENTATIVE") return <FiledForClient filing={filing} />;
  const title = filingTitle(filing.formType, reader) ?? filing.formTitle;
  const when = format.dateTime(filing.submittedAt, "dateTime");

  return (
    <>
      <div className="mb-8 max-w-prose bg-success-dark px-6 py-6 text-white" data-testid="confirmation-panel">
        <h1 className="mt-0 text-white">{makesCase ? t("filing.confirmation.title") : t("filing.confirmation.addressTitle")}</h1>
        {receipt ? (
          <p className="mb-0 text-xl">
            {t("filing.confirmation.yourReceipt")}
            <br />
            <strong className="text-2xl" data-testid="receipt-number">
              {receipt && <ReceiptNumber value={receipt} />}
            </strong>
          </p>
        ) : (
          <p className="mb-0 text-xl">
            {t("filing.confirmation.yourConfirmation")}
            <br />
            <strong className="font-mono text-2xl" data-testid="confirmation-number">
              {filing.confirmationNumber}
            </strong>
          </p>
        )}
      </div>
      <p className="max-w-prose">
        {t("filing.confirmation.received", { form: filing.formType, title, when })}
        {receipt && (
          <>
            {" "}
            {t.rich("filing.confirmation.confirmationNumber", {
              number: filing.confirmationNumber,
              strong: (chunks) => <strong data-testid="confirmation-number">{chunks}</strong>,
            })}
          </>
        )}
        {filing.feeCents > 0 && <> {t("filing.confirmation.feePaid", { amount: feeText(filing.feeCents, t) })}</>}
      </p>
      {receipt ? (
        <>
          <h2>{t("filing.confirmation.documents")}</h2>
          <ul className="list-disc pl-6" data-testid="confirmation-links">
            {filed?.receiptNoticeId && (
              <li>
                <a href={`/cases/${receipt}/notices/${filed.receiptNoticeId}`} download>
                  {t("filing.confirmation.receiptNotice")}
                </a>
              </li>
            )}
            {filed?.filedFormDocumentId && (
              <li>
                <a href={`/cases/${receipt}/documents/${filed.filedFormDocumentId}`} download>
                  {t("filing.confirmation.filedForm", { form: filing.formType })}
                </a>
              </li>
            )}
          </ul>
          <h2>{t("filing.confirmation.next")}</h2>
          <p className="max-w-prose">{t("filing.confirmation.nextCase")}</p>
          <p>
            <Link href={`/cases/${receipt}`}>{t("filing.confirmation.goToCase")}</Link>
          </p>
        </>
      ) : (
        <>
          <h2>{t("filing.confirmation.next")}</h2>
          <p className="max-w-prose">{t("filing.confirmation.nextAddress")}</p>
        </>
      )}
      <p>
        <Link href="/dashboard">{t("filing.backToAccount")}</Link>
      </p>
    </>
  );
}

/** The representative's confirmation: the case is the client's; the representative follows it under My clients. */
async function FiledForClient({ filing }: { filing: SubmittedFiling }) {
  const reader = await getReader();
  const { t, format } = reader;
  const title = filingTitle(filing.formType, reader) ?? filing.formTitle;
  const receipt = filing.case?.receiptNumber ?? null;
  return (
    <>
      <div className="mb-8 max-w-prose bg-success-dark px-6 py-6 text-white" data-testid="confirmation-panel">
        <h1 className="mt-0 text-white">{t("filing.confirmation.forClientTitle")}</h1>
        {receipt ? (
          <p className="mb-0 text-xl">
            {t("filing.confirmation.theReceipt")}
            <br />
            <strong className="text-2xl" data-testid="receipt-number">
              <ReceiptNumber value={receipt} />
            </strong>
          </p>
        ) : (
          <p className="mb-0 text-xl">
            {t("filing.confirmation.theConfirmation")}
            <br />
            <strong className="font-mono text-2xl" data-testid="confirmation-number">
              {filing.confirmationNumber}
            </strong>
          </p>
        )}
      </div>
      <p className="max-w-prose">
        {t("filing.confirmation.receivedForClient", {
          form: filing.formType,
          title,
          when: format.dateTime(filing.submittedAt, "dateTime"),
        })}
        {filing.feeCents > 0 && <> {t("filing.confirmation.feePaid", { amount: feeText(filing.feeCents, t) })}</>}{" "}
        {t("filing.confirmation.clientNotice")}
      </p>
      <p>
        {receipt ? (
          // No prefetch: opening the case page marks it seen on My clients.
          <Link href={`/representative/cases/${receipt}`} prefetch={false}>
            {t("filing.confirmation.goToTheCase")}
          </Link>
        ) : (
          <Link href="/representative/file">{t("filing.backToClientForms")}</Link>
        )}
      </p>
    </>
  );
}
