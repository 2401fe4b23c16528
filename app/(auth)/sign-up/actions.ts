"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/clients";
import { requestLocale } from "@/lib/i18n/request";
import { startSignUp, zStartSignUp } from "@/lib/registration/start-sign-up";

export const signUpAction = publicAction.input(zStartSignUp).action(async ({ ctx, input }) => {
  // The new account keeps the language the person is reading in now.
  const result = await startSignUp({ ...input, locale: await requestLocale() }, ctx.request);
  if (result.ok) redirect("/sign-up/check-email");
  return result;
});
