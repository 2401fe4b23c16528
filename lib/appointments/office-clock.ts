import { utcDate } from "../agency/utc-dates";

// Reading a date and time typed on an office's clock ("2026-12-15", "09:00" in America/New_York)
// as the instant it names, daylight saving included.

function offsetMs(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant at which the office's clock shows this date and time; null for a date or time that is not real. */
export function officeClockToInstant(date: string, time: string, timeZone: string): Date | null {
  const wall = utcDate(date, time);
  if (!wall) return null;
  // Two passes settle the offset on either side of a daylight-saving change.
  let at = new Date(wall.getTime() - offsetMs(wall, timeZone));
  at = new Date(wall.getTime() - offsetMs(at, timeZone));
  return at;
}
