"use server";

import { revalidatePath } from "next/cache";
import { saveAlertPreferences, zAlertPreferences } from "@/lib/account/alert-preferences";
import { applicantAction } from "@/lib/actions/clients";

export const saveAlertPreferencesAction = applicantAction.input(zAlertPreferences).action(async ({ ctx, input }) => {
  const result = await saveAlertPreferences(ctx.session, input, ctx.request);
  if (result.ok) revalidatePath("/settings/alerts");
  return result;
});
