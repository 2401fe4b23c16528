import "server-only";
import { db } from "../db";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { isUuid, lockOwnedRequest, REQUEST_NOT_FOUND, requestRef } from "./owned-request";
import { removeStored } from "./upload-evidence";

/** Takes back a document uploaded for a request whose response has not been sent yet. */
export async function removeUploadedDocument(
  session: Pick<CurrentSession, "user">,
  input: { receiptNumber: unknown; requestId: unknown; documentId: unknown },
): Promise<ActionResult<{ name: string }>> {
  const ref = requestRef(input);
  if (!ref || !isUuid(input.documentId)) return REQUEST_NOT_FOUND();
  const documentId = input.documentId;
  const outcome = await db().$transaction(async (tx) => {
    const locked = await lockOwnedRequest(tx, session.user.id, ref);
    if (!locked) return REQUEST_NOT_FOUND();
    if (locked.respondedAt) return fail("already_answered", "Your response was already sent, so its documents can no longer be removed.");
    const document = await tx.document.findFirst({ where: { id: documentId, evidenceRequestId: locked.id }, select: { id: true, name: true, storageKey: true } });
    if (!document) return fail("not_found", "That document is not in this response. It may have been removed already.");
    await tx.document.delete({ where: { id: document.id } });
    return { ok: true as const, name: document.name, storageKey: document.storageKey };
  });
  if (!outcome.ok) return outcome;
  await removeStored(outcome.storageKey);
  return { ok: true, name: outcome.name };
}
