import "server-only";
import { db } from "../db";
import { recordOfficerAction } from "../audit/record-officer-action";
import { isOfficer, type SessionLike } from "../auth/roles";
import { alertThreadReply } from "../notify/case-alert";
import { msg } from "../i18n/message-ref";
import { fail, invalid, type ActionResult } from "../result";
import { storeThenRecord } from "../storage/store-then-record";
import { readAttachments, recordAttachments } from "./attachments";
import { lockThread, threadId } from "./message-access";
import type { ReplyInput } from "./reply-input";

const THREAD_MISSING = () => fail("not_found", msg("secureMessages.errors.threadNotFound"));

/**
 * An officer answers a thread: it stops waiting for the agency, shows as unread to whoever opened
 * it (the applicant or a representative), and their "new message" alert is queued, all with the audit row in one transaction.
 */
export async function replyAsOfficer(session: SessionLike, input: ReplyInput): Promise<ActionResult<{ threadId: string }>> {
  const id = threadId(input.threadId);
  if (!isOfficer(session) || !id) return THREAD_MISSING();
  if (!(await db().messageThread.findUnique({ where: { id }, select: { id: true } }))) return THREAD_MISSING();

  const files = await readAttachments(input.files);
  if (!files.ok) return invalid({ files: files.error }, { body: input.body });

  return storeThenRecord(files.files, (stored) =>
    db().$transaction(async (tx) => {
      const thread = await lockThread(tx, id);
      if (!thread) return THREAD_MISSING();
      const now = new Date();
      const message = await tx.message.create({
        data: { threadId: id, authorId: session.user.id, authorRole: "OFFICER", body: input.body, createdAt: now },
        select: { id: true },
      });
      await recordAttachments(tx, stored, { caseId: thread.caseId, messageId: message.id, uploaderId: session.user.id });
      await tx.messageThread.update({ where: { id }, data: { lastMessageAt: now, awaitingAgencySince: null, unreadByApplicant: true } });
      await recordOfficerAction(tx, session.user, "message.replied", thread.caseId, {
        threadId: id,
        messageId: message.id,
        attachments: stored.length,
      });
      await alertThreadReply(tx, thread);
      return { ok: true as const, threadId: id };
    }),
  );
}
