import { env } from "../env";
import { toLocale } from "./locales";
import { isTimeZone } from "./time-zones";
import { readerFor, type Reader } from "./translator";

/** What a person's messages are written for: their language and their time zone. */
export type PersonSettings = { locale: string; timeZone: string | null };

/** A person's own time zone, or the portal's default when they have none (or one Node.js no longer knows). */
export function personTimeZone(own: string | null | undefined): string {
  return own && isTimeZone(own) ? own : env().DEFAULT_TIME_ZONE;
}

/** A reader for one person (an email or text to them, a notice they download). */
export function personReader(person: PersonSettings): Reader {
  return readerFor(toLocale(person.locale), personTimeZone(person.timeZone));
}
