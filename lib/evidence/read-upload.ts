import "server-only";
import { createHash } from "node:crypto";
import { fileNameForType } from "./display-name";
import { detectFileType, sizeProblem, UPLOAD_MESSAGES, type DetectedType } from "./upload-rules";

// One uploaded file checked against the upload rules, the same for evidence and for message
// attachments: not empty, at most 10 MB (by its declared size, then by its bytes), and
// a PDF, JPEG or PNG by its first bytes. Its name is cleaned and its extension made the detected type's.

export type ReadUpload = { name: string; bytes: Buffer; type: DetectedType };

/** The file's bytes, type and display name, or the problem in words for the person. */
export async function readUpload(file: File): Promise<({ ok: true } & ReadUpload) | { ok: false; error: string }> {
  const declared = sizeProblem(file);
  if (declared) return { ok: false, error: declared };
  const bytes = Buffer.from(await file.arrayBuffer());
  const actual = sizeProblem({ size: bytes.length });
  if (actual) return { ok: false, error: actual };
  const type = detectFileType(bytes);
  if (!type) return { ok: false, error: UPLOAD_MESSAGES.wrongType };
  return { ok: true, name: fileNameForType(file.name, type.extension), bytes, type };
}

/** The Document columns that describe a stored upload. */
export function documentFields(upload: ReadUpload, storageKey: string) {
  return {
    name: upload.name,
    contentType: upload.type.contentType,
    size: upload.bytes.length,
    storageKey,
    sha256: createHash("sha256").update(upload.bytes).digest("hex"),
  };
}
