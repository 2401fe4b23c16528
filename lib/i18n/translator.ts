import type { ReactNode } from "react";
import {
  _createCache,
  _createIntlFormatters,
  createFormatter,
  createTranslator,
  type RichTranslationValues,
  type TranslationValues,
} from "use-intl/core";
import { IntlMessageFormat } from "intl-messageformat";
import { catalog } from "./catalog";
import { FORMATS } from "./formats";
import { INTL_LOCALE, type Locale } from "./locales";
import { resolveText, type MessageValues } from "./message-ref";

// Texts and dates in one person's language and time zone, outside a page: emails, texts, PDFs and
// jobs. Pages use lib/i18n/request.ts, which builds the same thing for the person asking.
// Keys are always written in full ("signIn.title"): tests/i18n/catalogs.test.ts checks each one.

/** Keys are checked by the catalog test, not by TypeScript (the catalogs are files read at run time). */
export type Translate = {
  (key: string, values?: TranslationValues): string;
  rich: (key: string, values?: RichTranslationValues) => ReactNode;
  has: (key: string) => boolean;
  raw: (key: string) => unknown;
};
export type DateFormatter = ReturnType<typeof createFormatter>;

export type Reader = {
  locale: Locale;
  timeZone: string;
  t: Translate;
  format: DateFormatter;
  /** A msg() reference in this language; any other text as it is. */
  text: (text: string) => string;
};

// use-intl keeps what it builds (each message parsed into a formatter, each Intl.DateTimeFormat) in a
// cache that belongs to the translator. A translator made per request parsed every message it showed
// again, on every page; one reader per language and time zone, for the life of the process, parses
// each message once. A reader holds nothing of any one request (no `now`, no person).
const readers = new Map<string, Reader>();
/** Enough for every language and zone in use; past it the oldest reader is let go. */
const MOST_READERS = 200;

export function readerFor(locale: Locale, timeZone: string): Reader {
  const key = `${locale} ${timeZone}`;
  let reader = readers.get(key);
  if (!reader) {
    reader = buildReader(locale, timeZone);
    if (readers.size >= MOST_READERS) readers.delete(readers.keys().next().value!);
    readers.set(key, reader);
  }
  return reader;
}

function buildReader(locale: Locale, timeZone: string): Reader {
  const messages = catalog(locale);
  const _cache = _createCache();
  const _formatters = _createIntlFormatters(_cache);
  const shared = {
    _cache,
    _formatters: { ..._formatters, getMessageFormat: messageFormats(_formatters) },
    locale: INTL_LOCALE[locale],
    timeZone,
    formats: FORMATS,
  };
  const t = createTranslator({ ...shared, messages }) as unknown as Translate;
  const format = createFormatter(shared);
  const translate = (key: string, values?: MessageValues) => t(key, values);
  return { locale, timeZone, t, format, text: (text) => resolveText(text, translate) };
}

/**
 * Each message with values parsed once per reader, keyed by its text. use-intl's own cache keys it
 * by JSON.stringify of the text together with every date and number format and the time zone, on
 * every call: about a third of use-intl's time on a case page. Within one reader the locale, time
 * zone and formats never change, so the text alone is the key.
 */
function messageFormats(formatters: ReturnType<typeof _createIntlFormatters>) {
  const parsed = new Map<string, IntlMessageFormat>();
  return (...[message, locales, formats, options]: ConstructorParameters<typeof IntlMessageFormat>): IntlMessageFormat => {
    const key = typeof message === "string" ? message : JSON.stringify(message);
    let format = parsed.get(key);
    if (!format) {
      format = new IntlMessageFormat(message, locales, formats, { formatters, ...options });
      parsed.set(key, format);
    }
    return format;
  };
}
