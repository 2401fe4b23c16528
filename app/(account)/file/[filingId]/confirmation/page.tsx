import type { Metadata } from "next";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { filerContext } from "@/lib/actions/contexts";
import { definitionFor } from "@/lib/filing/definitions";
import { draftForOwner } from "@/lib/filing/drafts";
import { submittedFilingFor, type SubmittedFiling } from "@/lib/filing/submitted-filings";
import { formatUtcDateTime } from "@/lib/format";
import { formatFee } from "@/lib/payments/money";

export const metadata: Metadata = { title: "Form submitted" };

type Params = { params: Promise<{ filingId: string }> };

export default async function ConfirmationPage({ params }: Params) {
  const { actor } = await filerContext();
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

  return (
    <>
      <div className="mb-8 max-w-prose bg-success-dark px-6 py-6 text-white" data-testid="confirmation-panel">
        <h1 className="mt-0 text-white">{makesCase ? "Form submitted" : "Change of address submitted"}</h1>
        {receipt ? (
          <p className="mb-0 text-xl">
            Your receipt number is
            <br />
            <strong className="text-2xl" data-testid="receipt-number">
              {receipt && <ReceiptNumber value={receipt} />}
            </strong>
          </p>
        ) : (
          <p className="mb-0 text-xl">
            Your confirmation number is
            <br />
            <strong className="font-mono text-2xl" data-testid="confirmation-number">
              {filing.confirmationNumber}
            </strong>
          </p>
        )}
      </div>
      <p className="max-w-prose">
        We received your {filing.formType}, {filing.formTitle}, on {formatUtcDateTime(filing.submittedAt)}.
        {receipt && (
          <>
            {" "}
            Your confirmation number is <strong data-testid="confirmation-number">{filing.confirmationNumber}</strong>.
          </>
        )}
        {filing.feeCents > 0 && <> Fee paid: {formatFee(filing.feeCents)}.</>}
      </p>
      {receipt ? (
        <>
          <h2>Your documents</h2>
          <ul className="list-disc pl-6" data-testid="confirmation-links">
            {filed?.receiptNoticeId && (
              <li>
                <a href={`/cases/${receipt}/notices/${filed.receiptNoticeId}`} download>
                  Receipt notice (PDF)
                </a>
              </li>
            )}
            {filed?.filedFormDocumentId && (
              <li>
                <a href={`/cases/${receipt}/documents/${filed.filedFormDocumentId}`} download>
                  Your filed {filing.formType} (PDF)
                </a>
              </li>
            )}
          </ul>
          <h2>What happens next</h2>
          <p className="max-w-prose">
            We emailed you that we received your form. You can follow your case in your account; we will tell you when anything changes.
          </p>
          <p>
            <Link href={`/cases/${receipt}`}>Go to your case</Link>
          </p>
        </>
      ) : (
        <>
          <h2>What happens next</h2>
          <p className="max-w-prose">
            Your new address is now on your account&apos;s contact information and on each of your pending cases. We emailed you a
            confirmation.
          </p>
        </>
      )}
      <p>
        <Link href="/dashboard">Back to my account</Link>
      </p>
    </>
  );
}

/** The representative's confirmation: the case is the client's; the representative follows it under My clients. */
function FiledForClient({ filing }: { filing: SubmittedFiling }) {
  const receipt = filing.case?.receiptNumber ?? null;
  return (
    <>
      <div className="mb-8 max-w-prose bg-success-dark px-6 py-6 text-white" data-testid="confirmation-panel">
        <h1 className="mt-0 text-white">Form submitted for your client</h1>
        {receipt ? (
          <p className="mb-0 text-xl">
            The receipt number is
            <br />
            <strong className="text-2xl" data-testid="receipt-number">
              <ReceiptNumber value={receipt} />
            </strong>
          </p>
        ) : (
          <p className="mb-0 text-xl">
            The confirmation number is
            <br />
            <strong className="font-mono text-2xl" data-testid="confirmation-number">
              {filing.confirmationNumber}
            </strong>
          </p>
        )}
      </div>
      <p className="max-w-prose">
        We received the {filing.formType}, {filing.formTitle}, on {formatUtcDateTime(filing.submittedAt)}.
        {filing.feeCents > 0 && <> Fee paid: {formatFee(filing.feeCents)}.</>} The receipt notice went to your client&apos;s account; the
        case is theirs, and the G-28 they signed lets you follow it.
      </p>
      <p>
        {receipt ? (
          <Link href={`/representative/cases/${receipt}`}>Go to the case</Link>
        ) : (
          <Link href="/representative/file">Back to forms for clients</Link>
        )}
      </p>
    </>
  );
}
