"use server";

import { revalidatePath } from "next/cache";
import { saveAlertPreferences } from "@/lib/account/alert-preferences";
import { requireFullSession } from "@/lib/auth/current-session";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import type { FormState } from "@/components/ui/use-action-form";

export async function saveAlertPreferencesAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await saveAlertPreferences(await requireFullSession(), { byEmail: form.get("byEmail"), bySms: form.get("bySms") }, await requestInfo());
    if (result.ok) revalidatePath("/settings/alerts");
    return result;
  });
}
