import { representativeContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { representedCase } from "@/lib/representation/represented-case";
import { WithdrawForm } from "./withdraw-form";

export const metadata: Metadata = { title: "Withdraw from a case" };

export default async function WithdrawPage({ params }: { params: Promise<{ receiptNumber: string }> }) {
  const { actor } = await representativeContext();
  const view = await representedCase(actor, (await params).receiptNumber);
  if (!view) notFound();
  return (
    <>
      <p>
        <Link href={`/representative/cases/${view.receiptNumber}`}>Back to the case</Link>
      </p>
      <h1>Withdraw from this case?</h1>
      <p className="max-w-prose">
        You are about to withdraw your G-28 on the case of <strong>{view.clientName}</strong> ({view.formType}, receipt number{" "}
        <ReceiptNumber value={view.receiptNumber} />
        ).
      </p>
      <ul className="max-w-prose">
        <li>You lose access to the case at once: its history, notices, documents, requests for evidence and your messages about it.</li>
        <li>We email your client and you that the representation ended. The case keeps a record of it.</li>
        <li>You cannot undo this. To represent the client again, a new G-28 is needed.</li>
      </ul>
      <WithdrawForm representationId={view.representationId} />
      <p className="mt-4">
        <Link href={`/representative/cases/${view.receiptNumber}`}>No, keep representing this client</Link>
      </p>
    </>
  );
}
