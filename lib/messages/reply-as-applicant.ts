import "server-only";
import { db } from "../db";
import { invalid, type ActionResult, type FieldErrors } from "../result";
import { checkAttachments, recordAttachments, withStoredAttachments } from "./attachments";
import { applicantThreads, isApplicant, lockThread, THREAD_NOT_FOUND, threadId, type MessageSession } from "./message-access";
import { echoValues, parseBody } from "./message-text";

/** The applicant writes again in their own thread: it waits for the agency (since its earliest unanswered message). */
export async function replyAsApplicant(session: MessageSession, input: { threadId: unknown; body: unknown; files?: unknown[] }): Promise<ActionResult<{ threadId: string }>> {
  const id = threadId(input.threadId);
  if (!isApplicant(session) || !id) return THREAD_NOT_FOUND();
  const owned = await db().messageThread.findFirst({ where: { id, ...applicantThreads(session.user.id) }, select: { id: true } });
  if (!owned) return THREAD_NOT_FOUND();

  const values = echoValues({ body: input.body });
  const errors: FieldErrors = {};
  const body = parseBody(input.body);
  if (!body.ok) errors.body = body.error;
  const files = await checkAttachments(input.files ?? []);
  if (!files.ok) errors.files = files.error;
  if (!body.ok || !files.ok) return invalid(errors, values);

  return withStoredAttachments(files.files, (stored) =>
    db().$transaction(async (tx) => {
      const thread = await lockThread(tx, id);
      const stillOwned = thread && (await tx.messageThread.count({ where: { id, ...applicantThreads(session.user.id) } })) === 1;
      if (!thread || !stillOwned) return THREAD_NOT_FOUND();
      const now = new Date();
      const message = await tx.message.create({
        data: { threadId: id, authorId: session.user.id, authorRole: "APPLICANT", body: body.value, createdAt: now },
        select: { id: true },
      });
      await recordAttachments(tx, stored, { caseId: thread.caseId, messageId: message.id, uploaderId: session.user.id });
      await tx.messageThread.update({ where: { id }, data: { lastMessageAt: now, awaitingAgencySince: thread.awaitingAgencySince ?? now } });
      return { ok: true as const, threadId: id };
    }),
  );
}
