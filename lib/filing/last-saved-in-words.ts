import { calendarDaysBetween } from "../i18n/calendar-days";
import type { Reader } from "../i18n/translator";

/**
 * "just now", "12 minutes ago", "3 hours ago", then days by the reader's calendar ("yesterday" is
 * the date before today in their zone, however many hours ago), then the date; in the reader's words.
 */
export function lastSavedInWords(at: Date, now: Date, reader: Pick<Reader, "t" | "format" | "timeZone">): string {
  const { t } = reader;
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1) return t("dashboard.lastSaved.justNow");
  if (minutes < 60) return t("dashboard.lastSaved.minutesAgo", { count: minutes });
  const hours = Math.floor(minutes / 60);
  const days = calendarDaysBetween(at, now, reader.timeZone);
  // A day with 25 hours (clocks going back) can hold 24 hours and still be the same date.
  if (hours < 24 || days < 1) return t("dashboard.lastSaved.hoursAgo", { count: hours });
  if (days === 1) return t("dashboard.lastSaved.yesterday");
  if (days < 30) return t("dashboard.lastSaved.daysAgo", { count: days });
  return t("dashboard.lastSaved.onDate", { date: reader.format.dateTime(at, "date") });
}
