import { STATUS_TITLES } from "../cases/statuses";

// Status titles are long and exact; the agency command accepts any capitalisation and, for a title
// it does not know, names the closest ones.

export function canonicalStatus(input: string): string | null {
  const wanted = input.trim().replace(/\s+/g, " ").toLowerCase();
  return STATUS_TITLES.find((title) => title.toLowerCase() === wanted) ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9']+/g) ?? []);
}

/** Up to `limit` titles close to the input, best first. */
export function closeStatuses(input: string, limit = 3): string[] {
  const wanted = input.trim().toLowerCase();
  const wantedWords = words(wanted);
  const scored = STATUS_TITLES.map((title) => {
    const lower = title.toLowerCase();
    const titleWords = words(lower);
    const shared = [...wantedWords].filter((w) => titleWords.has(w)).length;
    const overlap = shared / Math.max(1, new Set([...wantedWords, ...titleWords]).size);
    const spelling = 1 - editDistance(wanted, lower) / Math.max(wanted.length, lower.length);
    return { title, score: Math.max(overlap, spelling) };
  });
  const ranked = scored.filter((s) => s.score >= 0.5).sort((a, b) => b.score - a.score);
  // Only the titles nearly as close as the best one.
  return ranked
    .filter((s) => s.score >= ranked[0].score - 0.1)
    .slice(0, limit)
    .map((s) => s.title);
}
