import type { Formats } from "use-intl/core";

// Named date formats, the same on the server and in the browser: format.dateTime(at, "dateTime").
// Times always name their zone, so a person never has to guess which clock a time is on.
export const FORMATS = {
  dateTime: {
    /** "March 3, 2026" / "3 de marzo de 2026" */
    date: { year: "numeric", month: "long", day: "numeric" },
    /** "March 3, 2026, 9:30 AM EST" */
    dateTime: { year: "numeric", month: "long", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short" },
    /** "9:30 AM EST" */
    time: { hour: "numeric", minute: "2-digit", timeZoneName: "short" },
    /**
     * A due date: a calendar day, kept as the last moment of that day in UTC (lib/agency/utc-dates.ts)
     * and read as that day by everyone, whatever their zone ("March 3, 2026" in Manila too).
     */
    dueDay: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
    /** "Mar 3, 2026" in tables */
    shortDate: { year: "numeric", month: "short", day: "numeric" },
  },
} satisfies Formats;
