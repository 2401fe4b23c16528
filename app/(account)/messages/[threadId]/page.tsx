import { applicantContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { currentSession } from "@/lib/auth/current-session";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MessageThread } from "@/components/messages/message-thread";
import { ReplyForm } from "@/components/messages/reply-form";
import { Alert } from "@/components/ui/alert";
import { getReader, getT } from "@/lib/i18n/request";
import { threadForApplicant, threadSubject } from "@/lib/messages/thread-view";
import { replyAsApplicantAction } from "./actions";
import { RefreshNavigation } from "./refresh-navigation";
import { ReceiptNumber } from "@/components/cases/receipt-number";

/** The thread's subject names the page (its tab, and what a screen reader reads first); without it, the generic title. */
export async function generateMetadata({ params }: { params: Promise<{ threadId: string }> }): Promise<Metadata> {
  const subject = await threadSubject(await currentSession(), (await params).threadId);
  return { title: subject ?? (await getT())("secureMessages.thread.title") };
}

type Props = { params: Promise<{ threadId: string }>; searchParams: Promise<{ sent?: string }> };

export default async function ThreadPage({ params, searchParams }: Props) {
  const { session } = await applicantContext();
  const { threadId } = await params;
  // Not found alike for a malformed id, a missing thread and someone else's.
  const thread = await threadForApplicant(session, threadId);
  if (!thread) notFound();
  const { t, timeZone } = await getReader();
  const { sent } = await searchParams;
  return (
    <>
      {thread.wasUnread && <RefreshNavigation />}
      <p>
        <Link href="/messages">{t("secureMessages.thread.back")}</Link>
      </p>
      {sent && (
        <Alert kind="success" heading={t("secureMessages.thread.sentHeading")} testId="message-sent">
          <p>{t("secureMessages.thread.sentBody")}</p>
        </Alert>
      )}
      <h1 className="[overflow-wrap:anywhere]">{thread.subject}</h1>
      <p className="text-muted">
        {t.rich("secureMessages.thread.about", {
          formType: thread.formType,
          zone: timeZone,
          link: () => (
            <Link href={`/cases/${thread.receiptNumber}`}>
              <ReceiptNumber value={thread.receiptNumber} />
            </Link>
          ),
        })}
      </p>
      <h2>{t("secureMessages.thread.messagesHeading", { count: thread.messages.length })}</h2>
      <MessageThread messages={thread.messages} attachmentHref={(id) => `/messages/${thread.id}/attachments/${id}`} />
      <ReplyForm threadId={thread.id} action={replyAsApplicantAction} owner={session.user.id} />
    </>
  );
}
