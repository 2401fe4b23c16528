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
  return `${Array.from(extension ? name.slice(0, dot) : name)
    .slice(0, keep)
    .join("")
    .trimEnd()}…${extension}`;
}
