import type { ReactNode } from "react";
import { createFormatter, createTranslator, type RichTranslationValues, type TranslationValues } from "use-intl/core";
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

export function readerFor(locale: Locale, timeZone: string): Reader {
  const messages = catalog(locale);
  const t = createTranslator({ locale: INTL_LOCALE[locale], messages, timeZone, formats: FORMATS }) as unknown as Translate;
  const format = createFormatter({ locale: INTL_LOCALE[locale], timeZone, formats: FORMATS });
  const translate = (key: string, values?: MessageValues) => t(key, values);
  return { locale, timeZone, t, format, text: (text) => resolveText(text, translate) };
}
