import "server-only";
import type { Tx } from "../db";
import { randomToken } from "../crypto/tokens";
import { displayFileName } from "../evidence/display-name";
import { removeStored } from "../evidence/upload-evidence";
import { documentFields, isUploadedFile, readUpload, type ReadUpload } from "../evidence/read-upload";
import { fileStorage } from "../storage/storage";
import { MAX_ATTACHMENT_TOTAL_BYTES, MAX_ATTACHMENTS, MESSAGE_TEXT } from "./message-rules";

// Message attachments: the evidence upload rules for each file, checked before anything is stored;
// the bytes are stored first and the rows written in the caller's transaction, and the bytes are
// removed again if that transaction does not commit.

export type CheckedAttachment = ReadUpload;

/** An empty file part with no name is the browser saying "no file chosen". */
function isNoFile(value: unknown): boolean {
  if (value === null || value === undefined || value === "") return true;
  return isUploadedFile(value) && value.size === 0 && (value.name === "" || value.name === "blob");
}

/** The files checked against the rules, or the first problem found (in words for the person). */
export async function checkAttachments(values: unknown[]): Promise<{ ok: true; files: CheckedAttachment[] } | { ok: false; error: string }> {
  const chosen = values.filter((value) => !isNoFile(value));
  if (chosen.length > MAX_ATTACHMENTS) return { ok: false, error: MESSAGE_TEXT.tooManyFiles };
  const files: CheckedAttachment[] = [];
  let total = 0;
  for (const value of chosen) {
    if (!isUploadedFile(value)) return { ok: false, error: MESSAGE_TEXT.fileProblem("", "Attach files with the file chooser.") };
    const upload = await readUpload(value);
    if (!upload.ok) return { ok: false, error: MESSAGE_TEXT.fileProblem(displayFileName(value.name), upload.error) };
    total += upload.bytes.length;
    files.push({ name: upload.name, bytes: upload.bytes, type: upload.type });
  }
  if (total > MAX_ATTACHMENT_TOTAL_BYTES) return { ok: false, error: MESSAGE_TEXT.tooLargeInTotal(total) };
  return { ok: true, files };
}

export type StoredAttachment = CheckedAttachment & { storageKey: string };

/** Puts the bytes in storage under new random keys; if one fails, the ones already stored are removed. */
export async function storeAttachments(files: CheckedAttachment[]): Promise<StoredAttachment[]> {
  const stored: StoredAttachment[] = [];
  try {
    for (const file of files) {
      const storageKey = randomToken();
      await fileStorage().put(storageKey, file.bytes, file.type.contentType);
      stored.push({ ...file, storageKey });
    }
    return stored;
  } catch (error) {
    await discardAttachments(stored);
    throw error;
  }
}

export async function discardAttachments(stored: StoredAttachment[]): Promise<void> {
  for (const file of stored) await removeStored(file.storageKey);
}

/** The Document rows for a message's files, on the thread's case. */
export async function recordAttachments(tx: Tx, stored: StoredAttachment[], at: { caseId: string; messageId: string; uploaderId: string }): Promise<void> {
  for (const file of stored) {
    await tx.document.create({
      data: {
        caseId: at.caseId,
        messageId: at.messageId,
        uploaderId: at.uploaderId,
        ...documentFields(file, file.storageKey),
      },
    });
  }
}

/**
 * Stores the files, then runs `write` (the transaction that needs them); if `write` refuses (returns
 * a result that is not ok) or throws, the stored bytes are removed again.
 */
export async function withStoredAttachments<R extends { ok: boolean }>(files: CheckedAttachment[], write: (stored: StoredAttachment[]) => Promise<R>): Promise<R> {
  const stored = await storeAttachments(files);
  try {
    const result = await write(stored);
    if (!result.ok) await discardAttachments(stored);
    return result;
  } catch (error) {
    await discardAttachments(stored);
    throw error;
  }
}
