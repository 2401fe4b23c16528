/** "November 21, 2026 at 3:04 PM UTC": times on account pages, always in UTC so they match emails. */
export function formatUtc(at: Date): string {
  return `${at.toLocaleString("en-US", { timeZone: "UTC", dateStyle: "long", timeStyle: "short" })} UTC`;
}
