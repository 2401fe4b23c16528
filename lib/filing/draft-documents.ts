import { msg } from "@/lib/i18n/message-ref";
import "server-only";
import { z } from "zod";
import { zChosenFiles, zField } from "../actions/form-input";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { documentFields, readUpload } from "../evidence/read-upload";
import { sizeProblem, UPLOAD_MESSAGES } from "../evidence/upload-rules";
import { isId } from "../ids";
import { fail, invalid, type ActionResult } from "../result";
import { closeOpenCheckouts, paymentBlocksChange } from "../payments/open-checkouts";
import { removeStoredFile } from "../storage/remove-stored-file";
import { storeThenRecord } from "../storage/store-then-record";
import { definitionFor } from "./definitions";
import { ALREADY_SUBMITTED, DRAFT_NOT_FOUND, IN_CLIENT_REVIEW, lockOwnedFiling, ownerMayEdit, storedAnswers, UNSIGNED } from "./drafts";
import { requiredDocuments } from "./engine/readiness";

// The documents a draft needs (photo, I-94, evidence for a category), uploaded one file at a time
// with the same byte-level checks and limits as evidence, stored first and then recorded. Only a
// document the form asks for, given the answers, may be added; adding or removing one after
// signing means signing again.

const DEFAULT_MAX_FILES = 5;

const zDraftFile = zChosenFiles.transform((files, ctx) => {
  const file = files[0];
  const problem = file ? sizeProblem(file) : UPLOAD_MESSAGES.missing;
  if (problem) {
    ctx.addIssue({ code: "custom", message: problem });
    return z.NEVER;
  }
  return file;
});

export const zUploadDraftDocument = z.object({ filingId: zField(), kind: zField(), file: zDraftFile });
export type UploadDraftDocumentInput = z.output<typeof zUploadDraftDocument>;

export async function uploadDraftDocument(
  actor: Pick<Actor, "id">,
  input: UploadDraftDocumentInput,
  now = new Date(),
): Promise<ActionResult<{ documentId: string; name: string }>> {
  if (!isId(input.filingId)) return DRAFT_NOT_FOUND();
  const id = input.filingId.toLowerCase();
  const upload = await readUpload(input.file);
  if (!upload.ok) return invalid({ file: upload.error });
  const paid = await closeOpenCheckouts(actor.id, id);
  if (paid) return paid;

  return storeThenRecord([upload], ([stored]) =>
    db().$transaction(async (tx) => {
      const filing = await lockOwnedFiling(tx, actor.id, id);
      if (!filing) return DRAFT_NOT_FOUND();
      if (filing.status !== "DRAFT") return ALREADY_SUBMITTED();
      if (!ownerMayEdit(filing)) return IN_CLIENT_REVIEW();
      const underWay = await paymentBlocksChange(tx, id);
      if (underWay) return underWay;
      const def = definitionFor(filing.formType);
      const rule = def ? requiredDocuments(def, storedAnswers(filing.answers)).find((r) => r.id === input.kind) : undefined;
      if (!rule) return fail("not_found", msg("filing.errors.documentNotAsked"));
      const count = await tx.filingDocument.count({ where: { filingId: id, kind: rule.id } });
      const max = rule.maxFiles ?? DEFAULT_MAX_FILES;
      if (count >= max) {
        return invalid({ file: msg("filing.errors.tooManyFiles", { max }) });
      }
      const document = await tx.filingDocument.create({
        data: { filingId: id, kind: rule.id, ...documentFields(stored, stored.storageKey) },
        select: { id: true },
      });
      await tx.filing.update({ where: { id }, data: { lastSavedAt: now, expiryWarnedAt: null, ...UNSIGNED } });
      return { ok: true as const, documentId: document.id, name: stored.name };
    }),
  );
}

export const zRemoveDraftDocument = z.object({ filingId: zField(), documentId: zField() });
export type RemoveDraftDocumentInput = z.output<typeof zRemoveDraftDocument>;

export async function removeDraftDocument(
  actor: Pick<Actor, "id">,
  input: RemoveDraftDocumentInput,
  now = new Date(),
): Promise<ActionResult<{ name: string }>> {
  if (!isId(input.filingId) || !isId(input.documentId)) return DRAFT_NOT_FOUND();
  const id = input.filingId.toLowerCase();
  const documentId = input.documentId.toLowerCase();
  const paid = await closeOpenCheckouts(actor.id, id);
  if (paid) return paid;
  const outcome = await db().$transaction(async (tx) => {
    const filing = await lockOwnedFiling(tx, actor.id, id);
    if (!filing) return DRAFT_NOT_FOUND();
    if (filing.status !== "DRAFT") return ALREADY_SUBMITTED();
    if (!ownerMayEdit(filing)) return IN_CLIENT_REVIEW();
    const underWay = await paymentBlocksChange(tx, id);
    if (underWay) return underWay;
    const document = await tx.filingDocument.findFirst({
      where: { id: documentId, filingId: id },
      select: { id: true, name: true, storageKey: true },
    });
    if (!document) return fail("not_found", msg("filing.errors.documentGone"));
    await tx.filingDocument.delete({ where: { id: document.id } });
    await tx.filing.update({ where: { id }, data: { lastSavedAt: now, expiryWarnedAt: null, ...UNSIGNED } });
    return { ok: true as const, name: document.name, storageKey: document.storageKey };
  });
  if (!outcome.ok) return outcome;
  await removeStoredFile(outcome.storageKey);
  return { ok: true, name: outcome.name };
}
