import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { parseReceiptNumber } from "@/lib/cases/receipt-number";
import { casesToWriteAbout } from "@/lib/messages/thread-list";
import { NewMessageForm } from "./new-message-form";

export const metadata: Metadata = { title: "Write a message" };

export default async function NewMessagePage({ searchParams }: { searchParams: Promise<{ case?: string | string[] }> }) {
  const { session } = await applicantContext();
  const cases = await casesToWriteAbout(session);
  const requested = parseReceiptNumber((await searchParams).case);
  const chosenCase = requested.ok && cases.some((c) => c.receiptNumber === requested.receiptNumber) ? requested.receiptNumber : undefined;
  return (
    <>
      <p>
        <Link href="/messages">Back to messages</Link>
      </p>
      <h1>Write a message</h1>
      {cases.length === 0 ? (
        <section aria-labelledby="no-cases-heading" className="max-w-prose border-2 border-line p-6" data-testid="no-cases">
          <h2 id="no-cases-heading" className="mt-0">
            Add a case first
          </h2>
          <p>
            Messages to the agency are always about one of your cases, and you have no cases in your account yet. If you filed a paper form,
            add it with the receipt number and the Online Access Code from your Account Access Notice.
          </p>
          <p className="mb-0">
            <Link href="/cases/link" className={buttonClass("primary")}>
              Add a paper-filed case
            </Link>
          </p>
        </section>
      ) : (
        <>
          <p className="max-w-prose">
            An officer reads your message and replies here; we email you when they do. Replies usually take a few working days.
          </p>
          <NewMessageForm cases={cases} chosenCase={chosenCase} />
        </>
      )}
    </>
  );
}
