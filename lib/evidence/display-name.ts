// File names as uploaded are shown back to the person and offered when they download; they are
// never used as a path. These make them safe and short for both.

const MAX_NAME_LENGTH = 120;

/** A file name for display: no folders, control or direction-changing characters; at most 120 characters, keeping the extension. */
export function displayFileName(raw: string, fallbackExtension = ""): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const name = cleaned || `document${fallbackExtension ? `.${fallbackExtension}` : ""}`;
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  const keep = MAX_NAME_LENGTH - Array.from(extension).length - 1;
  return `${Array.from(extension ? name.slice(0, dot) : name).slice(0, keep).join("").trimEnd()}…${extension}`;
}

/**
 * A Content-Disposition header that makes browsers save the file under its name: an ASCII
 * fallback for old clients and the exact name in UTF-8 (RFC 6266 / RFC 5987).
 */
export function attachmentDisposition(name: string): string {
  const safe = displayFileName(name);
  const ascii = safe
    .normalize("NFKD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\;%]/g, "_")
    .trim() || "document";
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
