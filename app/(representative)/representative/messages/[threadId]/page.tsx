import { representativeContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { MessageThread } from "@/components/messages/message-thread";
import { ReplyForm } from "@/components/messages/reply-form";
import { Alert } from "@/components/ui/alert";
import { threadForApplicant } from "@/lib/messages/thread-view";
import { replyAsRepresentativeAction } from "./actions";

export const metadata: Metadata = { title: "Message" };

type Props = { params: Promise<{ threadId: string }>; searchParams: Promise<{ sent?: string }> };

export default async function RepresentativeThreadPage({ params, searchParams }: Props) {
  const { session } = await representativeContext();
  // Only threads this representative opened, on a case their G-28 still covers; anything else 404.
  const thread = await threadForApplicant(session, (await params).threadId);
  if (!thread) notFound();
  const { sent } = await searchParams;
  const casePath = `/representative/cases/${thread.receiptNumber}`;
  return (
    <>
      <p>
        <Link href={casePath}>Back to the case</Link>
      </p>
      {sent && (
        <Alert kind="success" heading="Your message was sent" testId="message-sent">
          <p>An officer will reply here. We will email you when they do.</p>
        </Alert>
      )}
      <h1 className="[overflow-wrap:anywhere]">{thread.subject}</h1>
      <p className="text-muted">
        About {thread.formType}, receipt number{" "}
        <Link href={casePath}>
          <ReceiptNumber value={thread.receiptNumber} />
        </Link>
        . Times are in UTC.
      </p>
      <h2>Messages ({thread.messages.length})</h2>
      <MessageThread messages={thread.messages} attachmentHref={(id) => `/representative/messages/${thread.id}/attachments/${id}`} />
      <ReplyForm threadId={thread.id} action={replyAsRepresentativeAction} />
    </>
  );
}
