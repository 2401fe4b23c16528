// Days as a person counts them: dates on the calendar of their own time zone, not 24-hour spans.

const DAY_MS = 86_400_000;

/** The date `at` falls on in `timeZone`, as a UTC midnight (so two of them differ by whole days). */
export function dateIn(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get("year"), get("month") - 1, get("day"));
}

/** How many dates `to` is after `from` on the calendar of `timeZone`: 0 the same day, 1 the next. */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  return Math.round((dateIn(to, timeZone) - dateIn(from, timeZone)) / DAY_MS);
}
