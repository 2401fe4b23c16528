import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { currentSession } from "../auth/current-session";
import { registerRequestReader } from "./ambient-reader";
import { DEFAULT_LOCALE, LOCALE_COOKIE, isLocale, negotiateLocale, type Locale } from "./locales";
import { personTimeZone } from "./person-reader";
import { readerFor, type Reader, type Translate } from "./translator";

// The language and time zone of the person asking, once per request: the account's own choice when
// signed in (at any step), else the visitor's cookie from the language switch, else their browser's
// Accept-Language; their zone, else the portal's default zone.

export const requestLocale = cache(async (): Promise<Locale> => {
  const session = await currentSession();
  if (session && isLocale(session.user.locale)) return session.user.locale;
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return negotiateLocale((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
});

export const requestTimeZone = cache(async (): Promise<string> => {
  const session = await currentSession();
  return personTimeZone(session?.user.timeZone);
});

/** Texts, dates and msg() references for the person asking. */
export const getReader = cache(async (): Promise<Reader> => readerFor(await requestLocale(), await requestTimeZone()));
registerRequestReader(getReader);

/** t("common.header.signIn") in the asking person's language (server components and actions). */
export async function getT(): Promise<Translate> {
  return (await getReader()).t;
}
