import "server-only";
import { z } from "zod";
import { db } from "../db";
import { zField } from "../actions/form-input";
import { actorOf, isApplicant, isRepresentative, type SessionLike } from "../auth/roles";
import { accessibleCaseWhere, caseRelation } from "../representation/case-access";
import { parseReceiptNumber } from "../cases/receipt-number";
import { msg } from "../i18n/message-ref";
import { fail, invalid, type ActionResult } from "../result";
import { storeThenRecord } from "../storage/store-then-record";
import { readAttachments, recordAttachments, zAttachments } from "./attachments";
import { MESSAGE_TEXT } from "./message-rules";
import { refuseTooManyMessages } from "./message-rate-limit";
import { zBody, zSubject } from "./message-text";

const zCaseChoice = zField().transform((value, ctx) => {
  const receipt = parseReceiptNumber(value);
  if (!receipt.ok) {
    ctx.addIssue({ code: "custom", message: MESSAGE_TEXT.caseMissing });
    return z.NEVER;
  }
  return receipt.receiptNumber;
});

export const zStartThread = z.object({ receiptNumber: zCaseChoice, subject: zSubject, body: zBody, files: zAttachments });
export type StartThreadInput = z.output<typeof zStartThread>;

/**
 * An applicant writes to the agency about one of their own cases, or a representative about a case
 * a current G-28 gives them: a new thread waiting for an answer, which only its writer and officers see.
 */
export async function startThread(session: SessionLike, input: StartThreadInput): Promise<ActionResult<{ threadId: string }>> {
  if (!isApplicant(session) && !isRepresentative(session)) return fail("not_allowed", msg("secureMessages.errors.notAllowed"));
  const actor = actorOf(session);
  const values = { receiptNumber: input.receiptNumber, subject: input.subject, body: input.body };
  // Someone else's case is "not one of yours", exactly like a case that does not exist.
  const owned = await db().case.findFirst({
    where: { receiptNumber: input.receiptNumber, ...accessibleCaseWhere(actor) },
    select: { id: true },
  });
  if (!owned) return invalid({ receiptNumber: MESSAGE_TEXT.caseMissing }, values);
  const files = await readAttachments(input.files);
  if (!files.ok) return invalid({ files: files.error }, values);
  const tooMany = await refuseTooManyMessages(session.user.id, values);
  if (tooMany) return tooMany;

  return storeThenRecord(files.files, (stored) =>
    db().$transaction(async (tx) => {
      if (!(await caseRelation(actor, owned.id, tx))) return invalid({ receiptNumber: MESSAGE_TEXT.caseMissing }, values);
      const now = new Date();
      const thread = await tx.messageThread.create({
        data: { caseId: owned.id, applicantId: session.user.id, subject: input.subject, lastMessageAt: now, awaitingAgencySince: now },
        select: { id: true },
      });
      const message = await tx.message.create({
        data: { threadId: thread.id, authorId: session.user.id, authorRole: actor.role, body: input.body, createdAt: now },
        select: { id: true },
      });
      await recordAttachments(tx, stored, { caseId: owned.id, messageId: message.id, uploaderId: session.user.id });
      return { ok: true as const, threadId: thread.id };
    }),
  );
}
