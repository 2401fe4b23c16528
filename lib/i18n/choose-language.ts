import "server-only";
import { cookies } from "next/headers";
import { z } from "zod";
import { db } from "../db";
import { env } from "../env";
import type { CurrentSession } from "../sessions/sessions";
import { LOCALE_COOKIE, LOCALES, type Locale } from "./locales";
import { msg } from "./message-ref";

export const zChooseLanguage = z.object({ locale: z.enum(LOCALES, { error: msg("common.language.unknown") }) });

/**
 * The language switch: kept in a cookie for the browser (a visitor, and the pages before sign-in)
 * and on the account of whoever is signed in, so their emails and texts follow it too.
 */
export async function chooseLanguage(session: CurrentSession | null, locale: Locale): Promise<void> {
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: new URL(env().APP_URL).protocol === "https:",
    maxAge: 365 * 24 * 60 * 60,
  });
  if (session) await db().user.update({ where: { id: session.user.id }, data: { locale } });
}

/** Sets the account's language without the switch (sign-up keeps the visitor's language). */
export async function setAccountLocale(userId: string, locale: Locale): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { locale } });
}
