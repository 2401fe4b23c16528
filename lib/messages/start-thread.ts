import "server-only";
import { db } from "../db";
import { parseReceiptNumber } from "../cases/receipt-number";
import { fail, invalid, type ActionResult, type FieldErrors } from "../result";
import { checkAttachments, recordAttachments, withStoredAttachments } from "./attachments";
import { isApplicant, type MessageSession } from "./message-access";
import { MESSAGE_TEXT } from "./message-rules";
import { refuseTooManyMessages } from "./message-rate-limit";
import { echoValues, parseBody, parseSubject } from "./message-text";

/** An applicant writes to the agency about one of their own cases: a new thread waiting for an answer. */
export async function startThread(
  session: MessageSession,
  input: { receiptNumber: unknown; subject: unknown; body: unknown; files?: unknown[] },
): Promise<ActionResult<{ threadId: string }>> {
  if (!isApplicant(session)) return fail("not_allowed", "Only applicants can start a message.");
  const values = echoValues({ receiptNumber: input.receiptNumber, subject: input.subject, body: input.body });
  const errors: FieldErrors = {};

  const receipt = parseReceiptNumber(input.receiptNumber);
  // Someone else's case is "not one of yours", exactly like a case that does not exist.
  const owned = receipt.ok
    ? await db().case.findFirst({ where: { receiptNumber: receipt.receiptNumber, ownerId: session.user.id }, select: { id: true } })
    : null;
  if (!owned) errors.receiptNumber = MESSAGE_TEXT.caseMissing;
  const subject = parseSubject(input.subject);
  if (!subject.ok) errors.subject = subject.error;
  const body = parseBody(input.body);
  if (!body.ok) errors.body = body.error;
  const files = await checkAttachments(input.files ?? []);
  if (!files.ok) errors.files = files.error;
  if (!owned || !subject.ok || !body.ok || !files.ok) return invalid(errors, values);
  const tooMany = await refuseTooManyMessages(session.user.id, values);
  if (tooMany) return tooMany;

  return withStoredAttachments(files.files, (stored) =>
    db().$transaction(async (tx) => {
      const stillOwned = await tx.case.findFirst({ where: { id: owned.id, ownerId: session.user.id }, select: { id: true } });
      if (!stillOwned) return invalid({ receiptNumber: MESSAGE_TEXT.caseMissing }, values);
      const now = new Date();
      const thread = await tx.messageThread.create({
        data: { caseId: owned.id, applicantId: session.user.id, subject: subject.value, lastMessageAt: now, awaitingAgencySince: now },
        select: { id: true },
      });
      const message = await tx.message.create({
        data: { threadId: thread.id, authorId: session.user.id, authorRole: "APPLICANT", body: body.value, createdAt: now },
        select: { id: true },
      });
      await recordAttachments(tx, stored, { caseId: owned.id, messageId: message.id, uploaderId: session.user.id });
      return { ok: true as const, threadId: thread.id };
    }),
  );
}
