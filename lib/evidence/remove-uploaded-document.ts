import "server-only";
import { z } from "zod";
import { db } from "../db";
import { zField } from "../actions/form-input";
import type { Actor } from "../auth/roles";
import { isId } from "../ids";
import { msg } from "../i18n/message-ref";
import { fail, type ActionResult } from "../result";
import { removeStoredFile } from "../storage/remove-stored-file";
import { lockReachableRequest, REQUEST_NOT_FOUND, requestRef, zRequestRefFields } from "./owned-request";

export const zRemoveUploadedDocument = z.object({ ...zRequestRefFields, documentId: zField() });
export type RemoveUploadedDocumentInput = z.output<typeof zRemoveUploadedDocument>;

/** Takes back a document uploaded for a request whose response has not been sent yet. */
export async function removeUploadedDocument(actor: Actor, input: RemoveUploadedDocumentInput): Promise<ActionResult<{ name: string }>> {
  const ref = requestRef(input);
  if (!ref || !isId(input.documentId)) return REQUEST_NOT_FOUND();
  const documentId = input.documentId;
  const outcome = await db().$transaction(async (tx) => {
    const locked = await lockReachableRequest(tx, actor, ref);
    if (!locked) return REQUEST_NOT_FOUND();
    if (locked.respondedAt) return fail("already_answered", msg("evidence.errors.alreadySent"));
    const document = await tx.document.findFirst({
      where: { id: documentId, evidenceRequestId: locked.id },
      select: { id: true, name: true, storageKey: true },
    });
    if (!document) return fail("not_found", msg("evidence.errors.documentGone"));
    await tx.document.delete({ where: { id: document.id } });
    return { ok: true as const, name: document.name, storageKey: document.storageKey };
  });
  if (!outcome.ok) return outcome;
  await removeStoredFile(outcome.storageKey);
  return { ok: true, name: outcome.name };
}
