// Dates typed into the console's forms (date and time inputs send YYYY-MM-DD and HH:MM), read as
// UTC like every time the portal shows.

export type DateParse = { ok: true; at: Date } | { ok: false; field: string; message: string };

function utc(date: string, time = "00:00"): Date | null {
  const d = date.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const t = time.match(/^(\d{2}):(\d{2})$/);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const same = at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day && at.getUTCHours() === hour && at.getUTCMinutes() === minute;
  return same ? at : null;
}

/** A request's due date: a day after today (UTC); due at the end of that day. */
export function dueDateFrom(value: string, now = new Date()): DateParse {
  if (!value.trim()) return { ok: false, field: "dueDate", message: "Enter the due date." };
  const day = utc(value.trim());
  if (!day) return { ok: false, field: "dueDate", message: "Enter the due date as a real date, like 2026-12-31." };
  const endOfDay = new Date(day.getTime() + 86_400_000 - 1);
  const endOfToday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + 86_400_000 - 1);
  if (endOfDay.getTime() <= endOfToday.getTime()) return { ok: false, field: "dueDate", message: "The due date must be in the future (after today)." };
  return { ok: true, at: endOfDay };
}

/** An appointment's date and time (UTC), in the future. */
export function appointmentFrom(date: string, time: string, now = new Date()): DateParse {
  if (!date.trim()) return { ok: false, field: "appointmentDate", message: "Enter the appointment date." };
  if (!utc(date.trim())) return { ok: false, field: "appointmentDate", message: "Enter the appointment date as a real date, like 2026-12-31." };
  if (!time.trim()) return { ok: false, field: "appointmentTime", message: "Enter the appointment time." };
  const at = utc(date.trim(), time.trim());
  if (!at) return { ok: false, field: "appointmentTime", message: "Enter the appointment time as hours and minutes, like 09:30." };
  if (at.getTime() <= now.getTime()) return { ok: false, field: "appointmentDate", message: "The appointment must be in the future." };
  return { ok: true, at };
}
