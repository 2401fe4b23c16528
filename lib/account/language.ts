import "server-only";
import { chooseLanguage, zChooseLanguage } from "../i18n/choose-language";
import type { Locale } from "../i18n/locales";
import type { ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";

// The language choice in settings does what the header's switch does: the account keeps it (emails
// and texts follow it) and so does the browser's cookie (the pages after signing out).

export const zLanguageChoice = zChooseLanguage;

export async function setLanguage(session: CurrentSession, input: { locale: Locale }): Promise<ActionResult> {
  await chooseLanguage(session, input.locale);
  return { ok: true };
}
