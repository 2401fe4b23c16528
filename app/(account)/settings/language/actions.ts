"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { setLanguage, zLanguageChoice } from "@/lib/account/language";
import { signedInAction } from "@/lib/actions/clients";

export const setLanguageAction = signedInAction.input(zLanguageChoice).action(async ({ ctx, input }) => {
  const result = await setLanguage(ctx.session, input);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect("/settings?changed=language");
});
