/** A same-site path to go back to after a detour (never another origin), or the fallback. */
export function safeReturnPath(value: unknown, fallback = "/settings"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  if (value.length > 300 || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
