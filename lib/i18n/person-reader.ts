import { env } from "../env";
import { toLocale } from "./locales";
import { isTimeZone } from "./time-zones";
import { readerFor, type Reader } from "./translator";

/** What a person's messages are written for: their language and their time zone. */
export type PersonSettings = { locale: string; timeZone: string | null };

/** A reader for one person (an email or text to them, a notice they download). */
export function personReader(person: PersonSettings): Reader {
  return readerFor(toLocale(person.locale), person.timeZone && isTimeZone(person.timeZone) ? person.timeZone : env().DEFAULT_TIME_ZONE);
}
