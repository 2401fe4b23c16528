/** Headers that make a browser save a generated PDF under its name and keep no copy of it. */
export function pdfDownloadHeaders(fileName: string, size: number): Record<string, string> {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  // RFC 5987: encodeURIComponent leaves ' ( ) * as they are, which attr-char does not allow.
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return {
    "Content-Type": "application/pdf",
    "Content-Length": String(size),
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`,
    "Cache-Control": "no-store, max-age=0",
    "X-Content-Type-Options": "nosniff",
  };
}
