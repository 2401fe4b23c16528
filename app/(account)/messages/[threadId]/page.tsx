import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MessageThread } from "@/components/messages/message-thread";
import { ReplyForm } from "@/components/messages/reply-form";
import { Alert } from "@/components/ui/alert";
import { threadForApplicant } from "@/lib/messages/thread-view";
import { replyAsApplicantAction } from "./actions";
import { RefreshNavigation } from "./refresh-navigation";
import { ReceiptNumber } from "@/components/cases/receipt-number";

export const metadata: Metadata = { title: "Message" };

type Props = { params: Promise<{ threadId: string }>; searchParams: Promise<{ sent?: string }> };

export default async function ThreadPage({ params, searchParams }: Props) {
  const { session } = await applicantContext();
  const { threadId } = await params;
  // Not found alike for a malformed id, a missing thread and someone else's.
  const thread = await threadForApplicant(session, threadId);
  if (!thread) notFound();
  const { sent } = await searchParams;
  return (
    <>
      {thread.wasUnread && <RefreshNavigation />}
      <p>
        <Link href="/messages">Back to messages</Link>
      </p>
      {sent && (
        <Alert kind="success" heading="Your message was sent" testId="message-sent">
          <p>An officer will reply here. We will email you when they do.</p>
        </Alert>
      )}
      <h1 className="[overflow-wrap:anywhere]">{thread.subject}</h1>
      <p className="text-muted">
        About {thread.formType}, receipt number{" "}
        <Link href={`/cases/${thread.receiptNumber}`}>
          <ReceiptNumber value={thread.receiptNumber} />
        </Link>
        . Times are in UTC.
      </p>
      <h2>Messages ({thread.messages.length})</h2>
      <MessageThread messages={thread.messages} attachmentHref={(id) => `/messages/${thread.id}/attachments/${id}`} />
      <ReplyForm threadId={thread.id} action={replyAsApplicantAction} />
    </>
  );
}
