/** Headers that make a browser save a generated PDF under its name and keep no copy of it. */
export function pdfDownloadHeaders(fileName: string, size: number): Record<string, string> {
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, "_");
  return {
    "Content-Type": "application/pdf",
    "Content-Length": String(size),
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "Cache-Control": "no-store, max-age=0",
    "X-Content-Type-Options": "nosniff",
  };
}
