import { representativeWithProfileContext } from "@/lib/representation/representative-context";
import type { Metadata } from "next";
import { currentSession } from "@/lib/auth/current-session";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReceiptNumber } from "@/components/cases/receipt-number";
import { MessageThread } from "@/components/messages/message-thread";
import { ReplyForm } from "@/components/messages/reply-form";
import { Alert } from "@/components/ui/alert";
import { getReader, getT } from "@/lib/i18n/request";
import { threadForApplicant, threadSubject } from "@/lib/messages/thread-view";
import { replyAsRepresentativeAction } from "./actions";

/** The thread's subject names the page (its tab, and what a screen reader reads first); without it, the generic title. */
export async function generateMetadata({ params }: { params: Promise<{ threadId: string }> }): Promise<Metadata> {
  const subject = await threadSubject(await currentSession(), (await params).threadId);
  return { title: subject ?? (await getT())("representative.thread.title") };
}

type Props = { params: Promise<{ threadId: string }>; searchParams: Promise<{ sent?: string }> };

export default async function RepresentativeThreadPage({ params, searchParams }: Props) {
  const { session } = await representativeWithProfileContext();
  const { t } = await getReader();
  // Only threads this representative opened, on a case their G-28 still covers; anything else 404.
  const thread = await threadForApplicant(session, (await params).threadId);
  if (!thread) notFound();
  const { sent } = await searchParams;
  const casePath = `/representative/cases/${thread.receiptNumber}`;
  return (
    <>
      <p>
        <Link href={casePath}>{t("representative.backToCase")}</Link>
      </p>
      {sent && (
        <Alert kind="success" heading={t("representative.thread.sent.heading")} testId="message-sent">
          <p>{t("representative.thread.sent.text")}</p>
        </Alert>
      )}
      <h1 className="[overflow-wrap:anywhere]">{thread.subject}</h1>
      <p className="text-muted">
        {t.rich("representative.thread.about", {
          formType: thread.formType,
          receipt: () => (
            <Link href={casePath}>
              <ReceiptNumber value={thread.receiptNumber} />
            </Link>
          ),
        })}
      </p>
      <h2>{t("representative.thread.messagesHeading", { count: thread.messages.length })}</h2>
      <MessageThread messages={thread.messages} attachmentHref={(id) => `/representative/messages/${thread.id}/attachments/${id}`} />
      <ReplyForm threadId={thread.id} action={replyAsRepresentativeAction} owner={session.user.id} />
    </>
  );
}
