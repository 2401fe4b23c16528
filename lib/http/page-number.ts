/** A ?page= query value: "3" → 3; anything else (missing, 0, negative, decimals, words, huge) → 1. */
export function parsePageNumber(value: unknown): number {
  const text: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof text !== "string" || !/^\d{1,6}$/.test(text)) return 1;
  const page = Number(text);
  return page >= 1 ? page : 1;
}
