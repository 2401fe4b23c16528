// Responses for file downloads (notice PDFs, uploaded documents): saved under their name, never
// cached, never sniffed as another type; and the one 404 for "not there" and "not yours".

import { fileNameForType } from "../evidence/display-name";
import { extensionForContentType } from "../evidence/upload-rules";

/**
 * Content-Disposition: attachment, with an ASCII fallback for old clients and the exact name in
 * UTF-8 (RFC 6266 / RFC 5987). No quote, semicolon or control character can break out of it.
 */
export function attachmentDisposition(fileName: string): string {
  const name = fileName.replace(/[\u0000-\u001f\u007f]/g, "");
  const ascii =
    name
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\;%]/g, "_")
      .trim() || "download";
  // encodeURIComponent leaves ' ( ) * as they are, which RFC 5987's attr-char does not allow.
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * The headers of a download. The content type is the one read from the file's bytes when it was
 * stored, and the offered name carries that type's extension whatever name it was stored under
 * (documents uploaded before names were given it, too).
 */
export function downloadHeaders(file: { name: string; contentType: string; size: number }): Record<string, string> {
  const extension = extensionForContentType(file.contentType);
  return {
    "Content-Type": file.contentType,
    "Content-Length": String(file.size),
    "Content-Disposition": attachmentDisposition(extension ? fileNameForType(file.name, extension) : file.name),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

export function downloadNotFound(): Response {
  return new Response("Not found", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" },
  });
}
