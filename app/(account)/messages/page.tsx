import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { formatUtcDateTime } from "@/lib/format";
import { threadsForApplicant } from "@/lib/messages/thread-list";
import { ReceiptNumber } from "@/components/cases/receipt-number";

export const metadata: Metadata = { title: "Messages" };

export default async function MessagesPage() {
  const { session } = await applicantContext();
  const threads = await threadsForApplicant(session);
  const unread = threads.filter((t) => t.unread).length;
  return (
    <>
      <h1>Messages</h1>
      <p className="max-w-prose">
        Secure messages between you and the agency about your cases. We email you when the agency replies; the message itself is only here.
      </p>
      <p>
        <Link href="/messages/new" className={buttonClass("primary")}>
          Write a message
        </Link>
      </p>
      <section aria-labelledby="threads-heading">
        <h2 id="threads-heading" data-testid="thread-count">
          {threads.length === 1 ? "1 conversation" : `${threads.length} conversations`}
          {unread > 0 && <span className="font-normal text-muted">, {unread} with a new reply</span>}
        </h2>
        {threads.length === 0 ? (
          <p data-testid="no-threads">You have not written to the agency yet.</p>
        ) : (
          <>
            <p className="text-muted">Most recent first. Times are in UTC.</p>
            <ul className="max-w-3xl list-none p-0" data-testid="threads">
              {threads.map((thread) => (
                <li key={thread.id} className="border-b border-line py-4" data-testid="thread">
                  <Link href={`/messages/${thread.id}`} className="text-lg font-bold [overflow-wrap:anywhere]">
                    {thread.subject}
                  </Link>
                  {thread.unread && (
                    <strong className="ml-3 inline-block bg-primary px-2 py-0.5 text-sm text-white" data-testid="new-reply">
                      New reply
                    </strong>
                  )}
                  <div className="text-muted">
                    {thread.formType}, receipt number <ReceiptNumber value={thread.receiptNumber} />.{" "}
                    {thread.messageCount === 1 ? "1 message" : `${thread.messageCount} messages`}, last on{" "}
                    <time dateTime={thread.lastMessageAt.toISOString()}>{formatUtcDateTime(thread.lastMessageAt)}</time>
                  </div>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
