type Translate = (key: string, values?: Record<string, string | number>) => string;

/** "just now", "12 minutes ago", "3 hours ago", "yesterday", "5 days ago", then the date (in the reader's words). */
export function lastSavedInWords(at: Date, now: Date, date: (at: Date) => string, t: Translate): string {
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1) return t("dashboard.lastSaved.justNow");
  if (minutes < 60) return t("dashboard.lastSaved.minutesAgo", { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t("dashboard.lastSaved.hoursAgo", { count: hours });
  const days = Math.floor(hours / 24);
  if (days === 1) return t("dashboard.lastSaved.yesterday");
  if (days < 30) return t("dashboard.lastSaved.daysAgo", { count: days });
  return t("dashboard.lastSaved.onDate", { date: date(at) });
}
