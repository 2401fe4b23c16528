import { msg } from "../i18n/message-ref";

// What an evidence upload may be: its type is read from its first bytes, never from its name or
// the browser's word for it.

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENTS_PER_REQUEST = 20;
/** The accepted types named for people (the same in English and Spanish apart from "or"; lib/messages words its own hint). */
export const ACCEPTED_TYPES_TEXT = "PDF, JPEG or PNG";

export type DetectedType = { contentType: "application/pdf" | "image/jpeg" | "image/png"; extension: "pdf" | "jpg" | "png" };

const SIGNATURES: { bytes: number[]; type: DetectedType }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], type: { contentType: "application/pdf", extension: "pdf" } }, // %PDF-
  { bytes: [0xff, 0xd8, 0xff], type: { contentType: "image/jpeg", extension: "jpg" } },
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], type: { contentType: "image/png", extension: "png" } },
];

/** The file's type from its magic number, or null when it is not a PDF, JPEG or PNG. */
export function detectFileType(bytes: Uint8Array): DetectedType | null {
  for (const signature of SIGNATURES) {
    if (bytes.length >= signature.bytes.length && signature.bytes.every((byte, i) => bytes[i] === byte)) return signature.type;
  }
  return null;
}

/** The extension of a detected type by its content type ("image/png" -> "png"); null for any other. */
export function extensionForContentType(contentType: string): DetectedType["extension"] | null {
  return SIGNATURES.find((signature) => signature.type.contentType === contentType)?.type.extension ?? null;
}

/** "10 MB", "2.4 MB", "512 KB": sizes as people read them, rounded up (so a file just over 10 MB reads 10.1 MB). */
export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.ceil((bytes * 10) / (1024 * 1024)) / 10} MB`;
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/**
 * msg() references: an action's result is put into the reader's language by the action chain; a
 * form that checks in the browser shows them with resolveText(problem, t) from lib/i18n/message-ref.
 */
export const UPLOAD_MESSAGES = {
  missing: msg("evidence.errors.missing"),
  empty: msg("evidence.errors.empty"),
  tooLarge: (size: number) => msg("evidence.errors.tooLarge", { size: formatFileSize(size) }),
  wrongType: msg("evidence.errors.wrongType"),
  tooMany: msg("evidence.errors.tooMany", { max: MAX_DOCUMENTS_PER_REQUEST }),
};

/** The size checks that need no bytes, for a chosen file (also run in the browser before sending). */
export function sizeProblem(file: { size: number }): string | null {
  if (file.size === 0) return UPLOAD_MESSAGES.empty;
  if (file.size > MAX_UPLOAD_BYTES) return UPLOAD_MESSAGES.tooLarge(file.size);
  return null;
}
