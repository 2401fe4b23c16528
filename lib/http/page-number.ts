/** A ?page= query value: "3" → 3; anything else (missing, 0, negative, decimals, words, huge) → 1. */
export function parsePageNumber(value: unknown): number {
  const text: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof text !== "string" || !/^\d{1,6}$/.test(text)) return 1;
  const page = Number(text);
  return page >= 1 ? page : 1;
}

/** Where a page of a counted list starts: a page past the end is the last page, an empty list has one. */
export function pageWindow(
  total: number,
  requestedPage: number,
  pageSize: number,
): { page: number; pageCount: number; skip: number; take: number } {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize, take: pageSize };
}
