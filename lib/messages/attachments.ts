import "server-only";
import type { Tx } from "../db";
import { zChosenFiles } from "../actions/form-input";
import { displayFileName } from "../evidence/display-name";
import { documentFields, readUpload, type ReadUpload } from "../evidence/read-upload";
import type { StoredFile } from "../storage/store-then-record";
import { attachmentsProblem, MESSAGE_TEXT } from "./message-rules";

// Message attachments: the evidence upload rules for each file. What needs no bytes is checked with
// the form; each file's bytes are read and their type checked before anything is stored.

/** The files chosen in a message form, refused when too many or too large. */
export const zAttachments = zChosenFiles.superRefine((files, ctx) => {
  const problem = attachmentsProblem(files);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** Each file's bytes and type, or the first problem found (in words for the person). */
export async function readAttachments(files: File[]): Promise<{ ok: true; files: ReadUpload[] } | { ok: false; error: string }> {
  const read: ReadUpload[] = [];
  for (const file of files) {
    const upload = await readUpload(file);
    if (!upload.ok) return { ok: false, error: MESSAGE_TEXT.fileProblem(displayFileName(file.name), upload.error) };
    read.push({ name: upload.name, bytes: upload.bytes, type: upload.type });
  }
  return { ok: true, files: read };
}

/** The Document rows for a message's files, on the thread's case. */
export async function recordAttachments(
  tx: Tx,
  stored: StoredFile<ReadUpload>[],
  at: { caseId: string; messageId: string; uploaderId: string },
): Promise<void> {
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
