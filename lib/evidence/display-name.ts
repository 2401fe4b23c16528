// File names as uploaded are shown back to the person and offered when they download; they are
// never used as a path. These make them safe and short for both, and make the extension the one
// of the type read from the bytes: a PNG named passport-scan.html must not open as a web page.

const MAX_NAME_LENGTH = 120;

/** A file name for display: no folders, control or direction-changing characters; at most 120 characters, keeping the extension. */
export function displayFileName(raw: string, fallbackExtension = ""): string {
  return shortened(cleanedFileName(raw) || `document${fallbackExtension ? `.${fallbackExtension}` : ""}`);
}

function cleanedFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  return base
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
}

function shortened(name: string): string {
  const chars = Array.from(name);
  if (chars.length <= MAX_NAME_LENGTH) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : "";
  const keep = MAX_NAME_LENGTH - Array.from(extension).length - 1;
  return `${Array.from(extension ? name.slice(0, dot) : name)
    .slice(0, keep)
    .join("")
    .trimEnd()}…${extension}`;
}

// Extensions that already name the detected type; any other is replaced with the type's own.
const SAME_TYPE_EXTENSIONS: Record<string, readonly string[]> = { jpg: ["jpg", "jpeg"], pdf: ["pdf"], png: ["png"] };

/**
 * The stored and offered name of a file whose bytes are of the type with this extension
 * ("png", "pdf", "jpg"): the display name with a wrong or missing extension replaced by it.
 * "passport-scan.html" -> "passport-scan.png"; "photo.JPEG" stays; "scan" -> "scan.pdf".
 */
export function fileNameForType(raw: string, extension: string): string {
  const name = cleanedFileName(raw);
  const dot = name.lastIndexOf(".");
  const current = dot > 0 ? name.slice(dot + 1) : "";
  const kept = Object.hasOwn(SAME_TYPE_EXTENSIONS, extension) ? SAME_TYPE_EXTENSIONS[extension] : [extension];
  if (kept.includes(current.toLowerCase())) return shortened(name);
  // A short run of letters and digits after the last dot reads as an extension to every system;
  // anything else ("v1.2 final", "Mr. Smith") is part of the name.
  const base = /^[\p{L}\p{N}]{1,10}$/u.test(current) ? name.slice(0, dot) : name;
  // Windows drops trailing dots and spaces, which would bring the old extension back.
  return shortened(`${base.replace(/[. ]+$/, "") || "document"}.${extension}`);
}
