import { dateIn } from "../i18n/calendar-days";

// The agency's own calendar: the day a filing is received on, which gives its receipt number's
// fiscal year and workday, and the day a fee schedule takes effect, are days at the agency's
// headquarters, whatever the zone of the person filing (a filing at 9:30 PM in New York on
// September 30 is received in that fiscal year, not the next one, as it would be by UTC).

export const AGENCY_TIME_ZONE = "America/New_York";

/** The agency's date at `at`, as a UTC midnight (read it with the getUTC* methods). */
export function agencyDate(at: Date): Date {
  return new Date(dateIn(at, AGENCY_TIME_ZONE));
}

/** The agency's date at `at` as YYYY-MM-DD. */
export function agencyDay(at: Date): string {
  return agencyDate(at).toISOString().slice(0, 10);
}
