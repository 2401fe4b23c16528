"use server";

import { publicAction } from "@/lib/actions/clients";
import { currentSession } from "@/lib/auth/current-session";
import { chooseLanguage, zChooseLanguage } from "@/lib/i18n/choose-language";

// The header's language switch, on every page: the page the person is on renders again in the new language.
export const chooseLanguageAction = publicAction.input(zChooseLanguage).formAction(async ({ input }) => {
  await chooseLanguage(await currentSession(), input.locale);
  return { ok: true };
});
