import "server-only";
import { z } from "zod";
import { db } from "../db";
import { accessibleCaseWhere } from "../representation/case-access";
import { zChosenFiles } from "../actions/form-input";
import type { Actor } from "../auth/roles";
import { invalid, type ActionResult } from "../result";
import { storeThenRecord } from "../storage/store-then-record";
import { ALREADY_ANSWERED, lockReachableRequest, REQUEST_NOT_FOUND, requestRef, zRequestRefFields } from "./owned-request";
import { documentFields, readUpload } from "./read-upload";
import { MAX_DOCUMENTS_PER_REQUEST, sizeProblem, UPLOAD_MESSAGES } from "./upload-rules";

/** One chosen file (the first, if a crafted form sends several), checked for what needs no bytes. */
const zEvidenceFile = zChosenFiles.transform((files, ctx) => {
  const file = files[0];
  const problem = file ? sizeProblem(file) : UPLOAD_MESSAGES.missing;
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  }
  return file;
});

export const zUploadEvidence = z.object({ ...zRequestRefFields, file: zEvidenceFile });
export type UploadEvidenceInput = z.output<typeof zUploadEvidence>;

const fileError = (message: string) => invalid({ file: message });

/** Adds one document to the owner's open request for evidence; the response is sent later. */
export async function uploadEvidence(
  actor: Actor,
  input: UploadEvidenceInput,
): Promise<ActionResult<{ documentId: string; name: string }>> {
  const ref = requestRef(input);
  if (!ref) return REQUEST_NOT_FOUND();
  const request = await db().evidenceRequest.findFirst({
    where: { id: ref.requestId, case: { receiptNumber: ref.receiptNumber, ...accessibleCaseWhere(actor) } },
    select: { respondedAt: true, _count: { select: { documents: true } } },
  });
  if (!request) return REQUEST_NOT_FOUND();
  if (request.respondedAt) return ALREADY_ANSWERED();
  if (request._count.documents >= MAX_DOCUMENTS_PER_REQUEST) return fileError(UPLOAD_MESSAGES.tooMany);
  const upload = await readUpload(input.file);
  if (!upload.ok) return fileError(upload.error);

  return storeThenRecord([upload], ([stored]) =>
    db().$transaction(async (tx) => {
      const locked = await lockReachableRequest(tx, actor, ref);
      if (!locked) return REQUEST_NOT_FOUND();
      if (locked.respondedAt) return ALREADY_ANSWERED();
      if ((await tx.document.count({ where: { evidenceRequestId: locked.id } })) >= MAX_DOCUMENTS_PER_REQUEST)
        return fileError(UPLOAD_MESSAGES.tooMany);
      const document = await tx.document.create({
        data: { caseId: locked.caseId, evidenceRequestId: locked.id, uploaderId: actor.id, ...documentFields(stored, stored.storageKey) },
        select: { id: true },
      });
      return { ok: true as const, documentId: document.id, name: stored.name };
    }),
  );
}
