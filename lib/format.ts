// Every date and time the portal shows (pages, emails, notice PDFs, the agency command) is in UTC,
// so what a person reads on screen matches what was emailed or printed.

/** "March 3, 2026" */
export function formatUtcDate(at: Date): string {
  return at.toLocaleDateString("en-US", { timeZone: "UTC", dateStyle: "long" });
}

/** "March 3, 2026 at 11:30 PM UTC" */
export function formatUtcDateTime(at: Date): string {
  return `${at.toLocaleString("en-US", { timeZone: "UTC", dateStyle: "long", timeStyle: "short" })} UTC`;
}
