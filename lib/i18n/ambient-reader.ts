import { env } from "../env";
import { DEFAULT_LOCALE } from "./locales";
import { readerFor, type Reader } from "./translator";

/**
 * The reader of the request being served, or English in the default zone outside one (the agency
 * command, the seed, jobs, tests). Loads ./request lazily: it needs Next's request scope, which a
 * script importing lib/notify does not have.
 */
export async function ambientReader(): Promise<Reader> {
  try {
    const { getReader } = await import("./request");
    return await getReader();
  } catch {
    return readerFor(DEFAULT_LOCALE, env().DEFAULT_TIME_ZONE);
  }
}
