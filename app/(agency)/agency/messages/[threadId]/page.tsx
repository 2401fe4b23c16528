import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MessageThread } from "@/components/messages/message-thread";
import { ReplyForm } from "@/components/messages/reply-form";
import { formatUtcDateTime } from "@/lib/format";
import { threadForOfficer } from "@/lib/messages/thread-view";
import { replyAsOfficerAction } from "./actions";
import { ReceiptNumber } from "@/components/cases/receipt-number";

export const metadata: Metadata = { title: "Message thread" };

export default async function OfficerThreadPage({ params }: { params: Promise<{ threadId: string }> }) {
  const { session } = await officerContext();
  const { threadId } = await params;
  const thread = await threadForOfficer(session, threadId);
  if (!thread) notFound();
  return (
    <>
      <p>
        <Link href="/agency">Back to the console</Link>
      </p>
      <h1 className="[overflow-wrap:anywhere]">{thread.subject}</h1>
      <dl className="mb-6 grid max-w-prose grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        <dt className="text-muted">Case</dt>
        <dd className="m-0">
          {thread.formType},{" "}
          <Link href={`/agency/cases/${thread.receiptNumber}`} data-testid="case-link">
            <ReceiptNumber value={thread.receiptNumber} />
          </Link>
        </dd>
        <dt className="text-muted">Applicant</dt>
        <dd className="m-0 [overflow-wrap:anywhere]" data-testid="applicant-email">
          {thread.applicantEmail}
        </dd>
        <dt className="text-muted">Waiting for a reply</dt>
        <dd className="m-0" data-testid="awaiting">
          {thread.awaitingAgencySince ? (
            <>
              Yes, since <time dateTime={thread.awaitingAgencySince.toISOString()}>{formatUtcDateTime(thread.awaitingAgencySince)}</time>
            </>
          ) : (
            "No, the agency answered last"
          )}
        </dd>
      </dl>
      <h2>Messages ({thread.messages.length})</h2>
      <p className="text-muted">Oldest first. Times are in UTC. The applicant sees officers as the agency, never by name or email.</p>
      <MessageThread messages={thread.messages} attachmentHref={(id) => `/agency/messages/${thread.id}/attachments/${id}`} />
      <ReplyForm threadId={thread.id} action={replyAsOfficerAction} label="Reply to the applicant" />
    </>
  );
}
