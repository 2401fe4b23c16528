import { msg } from "../i18n/message-ref";

// The one reader of dates an officer types, in the console's date and time inputs (YYYY-MM-DD and
// HH:MM) and in the agency command's options, read as UTC (the fields say so).

const DAY_MS = 86_400_000;

/** "2026-12-01" and "09:30" (or "9:30") as that moment in UTC; null for anything that is not a real date and time. */
export function utcDate(date: string, time = "00:00"): Date | null {
  const d = date.trim().match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const t = time.trim().match(/^(\d{1,2}):(\d{2})$/);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const same =
    at.getUTCFullYear() === year &&
    at.getUTCMonth() === month - 1 &&
    at.getUTCDate() === day &&
    at.getUTCHours() === hour &&
    at.getUTCMinutes() === minute;
  return same ? at : null;
}

/** The last moment of a day (UTC), so the whole day counts. */
export function endOfUtcDay(day: Date): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) + DAY_MS - 1);
}

/** The zone where a day ends last (UTC-12): a due day is over only once it is over everywhere. */
const LAST_DAY_END_MS = 12 * 3_600_000;

/** Whether a due date (the last moment of its day in UTC, as dueDateFrom keeps it) has passed for everyone. */
export function isPastDueDay(dueAt: Date, now = new Date()): boolean {
  return now.getTime() > endOfUtcDay(dueAt).getTime() + LAST_DAY_END_MS;
}

export type DateParse = { ok: true; at: Date } | { ok: false; field: string; message: string };

/** A request's due date: a day after today (UTC); due at the end of that day. */
export function dueDateFrom(value: string, now = new Date()): DateParse {
  if (!value.trim()) return { ok: false, field: "dueDate", message: msg("agency.dates.dueRequired") };
  const day = utcDate(value);
  if (!day) return { ok: false, field: "dueDate", message: msg("agency.dates.dueInvalid") };
  const due = endOfUtcDay(day);
  if (due.getTime() <= endOfUtcDay(now).getTime()) return { ok: false, field: "dueDate", message: msg("agency.dates.dueFuture") };
  return { ok: true, at: due };
}

/**
 * An appointment's date and time, in the future. Read as UTC unless `toInstant` reads it on another
 * clock (an office's: lib/appointments/office-clock.ts).
 */
export function appointmentFrom(
  date: string,
  time: string,
  now = new Date(),
  toInstant: (date: string, time: string) => Date | null = utcDate,
): DateParse {
  if (!date.trim()) return { ok: false, field: "appointmentDate", message: msg("agency.dates.appointmentDateRequired") };
  if (!utcDate(date)) return { ok: false, field: "appointmentDate", message: msg("agency.dates.appointmentDateInvalid") };
  if (!time.trim()) return { ok: false, field: "appointmentTime", message: msg("agency.dates.appointmentTimeRequired") };
  const at = toInstant(date, time);
  if (!at) return { ok: false, field: "appointmentTime", message: msg("agency.dates.appointmentTimeInvalid") };
  if (at.getTime() <= now.getTime()) return { ok: false, field: "appointmentDate", message: msg("agency.dates.appointmentFuture") };
  return { ok: true, at };
}
