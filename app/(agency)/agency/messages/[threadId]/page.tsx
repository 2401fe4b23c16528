import { officerContext } from "@/lib/actions/contexts";
import type { Metadata } from "next";
import { currentSession } from "@/lib/auth/current-session";
import Link from "next/link";
import { notFound } from "next/navigation";
import { MessageThread } from "@/components/messages/message-thread";
import { ReplyForm } from "@/components/messages/reply-form";
import { getReader, getT } from "@/lib/i18n/request";
import { threadForOfficer, threadSubject } from "@/lib/messages/thread-view";
import { replyAsOfficerAction } from "./actions";
import { ReceiptNumber } from "@/components/cases/receipt-number";

/** The thread's subject names the page (its tab, and what a screen reader reads first); without it, the generic title. */
export async function generateMetadata({ params }: { params: Promise<{ threadId: string }> }): Promise<Metadata> {
  const subject = await threadSubject(await currentSession(), (await params).threadId);
  return { title: subject ?? (await getT())("agency.thread.title") };
}

export default async function OfficerThreadPage({ params }: { params: Promise<{ threadId: string }> }) {
  const { session } = await officerContext();
  const { threadId } = await params;
  const thread = await threadForOfficer(session, threadId);
  if (!thread) notFound();
  const { t, format, timeZone } = await getReader();
  return (
    <>
      <p>
        <Link href="/agency">{t("agency.thread.back")}</Link>
      </p>
      <h1 className="[overflow-wrap:anywhere]">{thread.subject}</h1>
      <dl className="mb-6 grid max-w-prose grid-cols-facts gap-x-4 gap-y-1">
        <dt className="text-muted">{t("agency.thread.case")}</dt>
        <dd className="m-0">
          {thread.formType},{" "}
          <Link href={`/agency/cases/${thread.receiptNumber}`} data-testid="case-link">
            <ReceiptNumber value={thread.receiptNumber} />
          </Link>
        </dd>
        <dt className="text-muted">{t("agency.thread.applicant")}</dt>
        <dd className="m-0 [overflow-wrap:anywhere]" data-testid="applicant-email">
          {thread.applicantEmail}
        </dd>
        <dt className="text-muted">{t("agency.thread.waiting")}</dt>
        <dd className="m-0" data-testid="awaiting">
          {thread.awaitingAgencySince
            ? t.rich("agency.thread.waitingSince", {
                when: format.dateTime(thread.awaitingAgencySince, "dateTime"),
                time: (chunks) => <time dateTime={thread.awaitingAgencySince!.toISOString()}>{chunks}</time>,
              })
            : t("agency.thread.answered")}
        </dd>
      </dl>
      <h2>{t("agency.thread.messages", { count: thread.messages.length })}</h2>
      <p className="text-muted">
        {t("agency.thread.intro")} {t("agency.timesIn", { zone: timeZone })}
      </p>
      <MessageThread messages={thread.messages} attachmentHref={(id) => `/agency/messages/${thread.id}/attachments/${id}`} />
      <ReplyForm threadId={thread.id} action={replyAsOfficerAction} label={t("agency.thread.reply")} owner={session.user.id} />
    </>
  );
}
