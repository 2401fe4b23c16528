import "server-only";
import { db } from "../db";
import { randomToken } from "../crypto/tokens";
import { logger } from "../logger";
import { invalid, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { fileStorage } from "../storage/storage";
import { ALREADY_ANSWERED, lockOwnedRequest, REQUEST_NOT_FOUND, requestRef } from "./owned-request";
import { documentFields, isUploadedFile, readUpload } from "./read-upload";
import { MAX_DOCUMENTS_PER_REQUEST, UPLOAD_MESSAGES } from "./upload-rules";

const fileError = (message: string) => invalid({ file: message });

/** Adds one document to the owner's open request for evidence; the response is sent later. */
export async function uploadEvidence(
  session: Pick<CurrentSession, "user">,
  input: { receiptNumber: unknown; requestId: unknown; file: unknown },
): Promise<ActionResult<{ documentId: string; name: string }>> {
  const ref = requestRef(input);
  if (!ref) return REQUEST_NOT_FOUND();
  const request = await db().evidenceRequest.findFirst({
    where: { id: ref.requestId, case: { receiptNumber: ref.receiptNumber, ownerId: session.user.id } },
    select: { respondedAt: true, _count: { select: { documents: true } } },
  });
  if (!request) return REQUEST_NOT_FOUND();
  if (request.respondedAt) return ALREADY_ANSWERED();

  const file = input.file;
  if (!isUploadedFile(file)) return fileError(UPLOAD_MESSAGES.missing);
  if (request._count.documents >= MAX_DOCUMENTS_PER_REQUEST) return fileError(UPLOAD_MESSAGES.tooMany);
  const upload = await readUpload(file);
  if (!upload.ok) return fileError(upload.error);

  const storageKey = randomToken();
  const storage = fileStorage();
  await storage.put(storageKey, upload.bytes, upload.type.contentType);
  try {
    const outcome = await db().$transaction(async (tx) => {
      const locked = await lockOwnedRequest(tx, session.user.id, ref);
      if (!locked) return REQUEST_NOT_FOUND();
      if (locked.respondedAt) return ALREADY_ANSWERED();
      if ((await tx.document.count({ where: { evidenceRequestId: locked.id } })) >= MAX_DOCUMENTS_PER_REQUEST) return fileError(UPLOAD_MESSAGES.tooMany);
      const document = await tx.document.create({
        data: {
          caseId: locked.caseId,
          evidenceRequestId: locked.id,
          uploaderId: session.user.id,
          ...documentFields(upload, storageKey),
        },
        select: { id: true },
      });
      return { ok: true as const, documentId: document.id, name: upload.name };
    });
    if (!outcome.ok) await removeStored(storageKey);
    return outcome;
  } catch (error) {
    await removeStored(storageKey);
    throw error;
  }
}

/** Drops bytes that no row points to; a failure here is logged, not shown (the row is what counts). */
export async function removeStored(storageKey: string): Promise<void> {
  try {
    await fileStorage().delete(storageKey);
  } catch (error) {
    logger.error({ err: error instanceof Error ? error.message : String(error) }, "could not delete a stored file");
  }
}

