import type { Reader } from "../i18n/translator";
import { isTimeZone } from "../i18n/time-zones";

// An appointment's time as the person needs it: on the office's clock (that is where they must be),
// the zone named, and their own clock alongside when it reads differently:
// "December 15, 2026, 9:00 AM EST (8:00 AM CST)". A notice without an office (issued before offices
// existed) is shown in the person's own zone.

export function appointmentTime(reader: Pick<Reader, "t" | "format" | "timeZone">, at: Date, officeTimeZone: string | null): string {
  const { format, t } = reader;
  if (!officeTimeZone || !isTimeZone(officeTimeZone)) return format.dateTime(at, "dateTime");
  const office = { timeZone: officeTimeZone };
  const officeTime = format.dateTime(at, "dateTime", office);
  const sameDay = format.dateTime(at, "date", office) === format.dateTime(at, "date");
  if (sameDay && format.dateTime(at, "time", office) === format.dateTime(at, "time")) return officeTime;
  const personalTime = sameDay ? format.dateTime(at, "time") : format.dateTime(at, "dateTime");
  return t("appointments.time.withYours", { officeTime, personalTime });
}
