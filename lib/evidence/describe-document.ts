import { formatFileSize } from "./upload-rules";

const KINDS: Record<string, string> = { "application/pdf": "pdf", "image/jpeg": "jpeg", "image/png": "png" };

/** The catalog key of a stored document's kind ("evidence.kinds.pdf"); evidence.kinds.file for any other type. */
export function documentKindKey(contentType: string): string {
  return `evidence.kinds.${Object.hasOwn(KINDS, contentType) ? KINDS[contentType] : "file"}`;
}

/**
 * "PDF", "2.4 MB": how a stored document is described in lists, with the reader's translator
 * (getReader() or useTranslations()): "Imagen JPEG" on a Spanish page.
 */
export function describeDocument(
  document: { contentType: string; size: number },
  t: (key: string) => string,
): { kind: string; size: string } {
  return { kind: t(documentKindKey(document.contentType)), size: formatFileSize(document.size) };
}
