import { representativeContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { representedCase } from "@/lib/representation/represented-case";
import { NewMessageForm } from "@/app/(account)/messages/new/new-message-form";
import { representativeStartThreadAction } from "./actions";

export const metadata: Metadata = { title: "Write a message about a client's case" };

export default async function RepresentativeNewMessagePage({ params }: { params: Promise<{ receiptNumber: string }> }) {
  const { actor } = await representativeContext();
  const view = await representedCase(actor, (await params).receiptNumber);
  if (!view) notFound();
  const cases = [{ receiptNumber: view.receiptNumber, label: `${view.receiptNumber} (${view.formType}, ${view.clientName})` }];
  return (
    <>
      <p>
        <Link href={`/representative/cases/${view.receiptNumber}`}>Back to the case</Link>
      </p>
      <h1>Write a message about this case</h1>
      <p className="max-w-prose">
        An officer reads your message and replies here; we email you when they do. Only you and the agency see this conversation.
      </p>
      <NewMessageForm cases={cases} chosenCase={view.receiptNumber} action={representativeStartThreadAction} />
    </>
  );
}
