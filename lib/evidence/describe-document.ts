import { formatFileSize } from "./upload-rules";

const KINDS: Record<string, string> = { "application/pdf": "PDF", "image/jpeg": "JPEG image", "image/png": "PNG image" };

/** "PDF", "2.4 MB": how a stored document is described in lists. */
export function describeDocument(document: { contentType: string; size: number }): { kind: string; size: string } {
  return { kind: KINDS[document.contentType] ?? "File", size: formatFileSize(document.size) };
}
