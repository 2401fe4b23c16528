// Dates in English for records that are not a person's page: the agency command's output (UTC) and
// the filed form's PDF (the signer's own zone, and the agency's for the filing). Pages, emails and
// notices use the reader's formats instead (lib/i18n/formats.ts).

/** "March 3, 2026" */
export function formatUtcDate(at: Date): string {
  return formatDateIn(at, "UTC");
}

/** "March 3, 2026 at 11:30 PM UTC" */
export function formatUtcDateTime(at: Date): string {
  return formatDateTimeIn(at, "UTC");
}

/** "September 30, 2026", the date on the calendar of `timeZone`. */
export function formatDateIn(at: Date, timeZone: string): string {
  return at.toLocaleDateString("en-US", { timeZone, dateStyle: "long" });
}

/** "September 30, 2026 at 9:30 PM EDT", with the zone's short name (or its offset, like GMT+1). */
export function formatDateTimeIn(at: Date, timeZone: string): string {
  return at.toLocaleString("en-US", {
    timeZone,
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
}
