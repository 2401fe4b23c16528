import "server-only";
import { db } from "../db";
import { actorOf, isApplicant, isRepresentative, type SessionLike } from "../auth/roles";
import { invalid, type ActionResult } from "../result";
import { storeThenRecord } from "../storage/store-then-record";
import { readAttachments, recordAttachments } from "./attachments";
import { lockThread, ownThreads, THREAD_NOT_FOUND, threadId } from "./message-access";
import { refuseTooManyMessages } from "./message-rate-limit";
import type { ReplyInput } from "./reply-input";

/**
 * The applicant (or a representative) writes again in a thread they opened: it waits for the agency
 * (since its earliest unanswered message).
 */
export async function replyAsApplicant(session: SessionLike, input: ReplyInput): Promise<ActionResult<{ threadId: string }>> {
  const id = threadId(input.threadId);
  if ((!isApplicant(session) && !isRepresentative(session)) || !id) return THREAD_NOT_FOUND();
  const actor = actorOf(session);
  const owned = await db().messageThread.findFirst({ where: { id, ...ownThreads(actor) }, select: { id: true } });
  if (!owned) return THREAD_NOT_FOUND();

  const values = { body: input.body };
  const files = await readAttachments(input.files);
  if (!files.ok) return invalid({ files: files.error }, values);
  const tooMany = await refuseTooManyMessages(session.user.id, values);
  if (tooMany) return tooMany;

  return storeThenRecord(files.files, (stored) =>
    db().$transaction(async (tx) => {
      const thread = await lockThread(tx, id);
      const stillOwned = thread && (await tx.messageThread.count({ where: { id, ...ownThreads(actor) } })) === 1;
      if (!thread || !stillOwned) return THREAD_NOT_FOUND();
      const now = new Date();
      const message = await tx.message.create({
        data: { threadId: id, authorId: session.user.id, authorRole: actor.role, body: input.body, createdAt: now },
        select: { id: true },
      });
      await recordAttachments(tx, stored, { caseId: thread.caseId, messageId: message.id, uploaderId: session.user.id });
      await tx.messageThread.update({
        where: { id },
        data: { lastMessageAt: now, awaitingAgencySince: thread.awaitingAgencySince ?? now },
      });
      return { ok: true as const, threadId: id };
    }),
  );
}
