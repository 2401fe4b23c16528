import { env } from "../env";
import { DEFAULT_LOCALE } from "./locales";
import { readerFor, type Reader } from "./translator";

// ./request needs Next's request scope, and merely loading it outside the Next server (the agency
// command, the seed, jobs run by scripts) fails on Next's client modules. So it is never imported
// from here: when the server loads it, it registers the request's reader in this slot.
const SLOT = Symbol.for("portal.i18n.requestReader");
type Slot = { [SLOT]?: () => Promise<Reader> };

export function registerRequestReader(getReader: () => Promise<Reader>): void {
  (globalThis as Slot)[SLOT] = getReader;
}

/** The reader of the request being served, or English in the default zone outside one. */
export async function ambientReader(): Promise<Reader> {
  const getReader = (globalThis as Slot)[SLOT];
  if (getReader) {
    try {
      return await getReader();
    } catch {
      // Outside a request (a job in the server process): the default reader below.
    }
  }
  return readerFor(DEFAULT_LOCALE, env().DEFAULT_TIME_ZONE);
}
