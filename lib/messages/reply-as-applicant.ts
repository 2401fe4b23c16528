import "server-only";
import { db } from "../db";
import type { ActionResult } from "../result";
import { recordAttachments, withStoredAttachments } from "./attachments";
import { applicantThreads, isApplicant, lockThread, THREAD_NOT_FOUND, threadId, type MessageSession } from "./message-access";
import { echoValues } from "./message-text";
import { refuseTooManyMessages } from "./message-rate-limit";
import { parseReply } from "./parse-reply";

/** The applicant writes again in their own thread: it waits for the agency (since its earliest unanswered message). */
export async function replyAsApplicant(session: MessageSession, input: { threadId: unknown; body: unknown; files?: unknown[] }): Promise<ActionResult<{ threadId: string }>> {
  const id = threadId(input.threadId);
  if (!isApplicant(session) || !id) return THREAD_NOT_FOUND();
  const owned = await db().messageThread.findFirst({ where: { id, ...applicantThreads(session.user.id) }, select: { id: true } });
  if (!owned) return THREAD_NOT_FOUND();

  const reply = await parseReply(input);
  if (!reply.ok) return reply;
  const tooMany = await refuseTooManyMessages(session.user.id, echoValues({ body: input.body }));
  if (tooMany) return tooMany;

  return withStoredAttachments(reply.files, (stored) =>
    db().$transaction(async (tx) => {
      const thread = await lockThread(tx, id);
      const stillOwned = thread && (await tx.messageThread.count({ where: { id, ...applicantThreads(session.user.id) } })) === 1;
      if (!thread || !stillOwned) return THREAD_NOT_FOUND();
      const now = new Date();
      const message = await tx.message.create({
        data: { threadId: id, authorId: session.user.id, authorRole: "APPLICANT", body: reply.body, createdAt: now },
        select: { id: true },
      });
      await recordAttachments(tx, stored, { caseId: thread.caseId, messageId: message.id, uploaderId: session.user.id });
      await tx.messageThread.update({ where: { id }, data: { lastMessageAt: now, awaitingAgencySince: thread.awaitingAgencySince ?? now } });
      return { ok: true as const, threadId: id };
    }),
  );
}
