"use server";

import { applicantContext } from "@/lib/actions/contexts";
import { revalidatePath } from "next/cache";
import { saveAlertPreferences } from "@/lib/account/alert-preferences";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import type { FormState } from "@/lib/result";

export async function saveAlertPreferencesAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await saveAlertPreferences((await applicantContext()).session, { byEmail: form.get("byEmail"), bySms: form.get("bySms") }, await requestInfo());
    if (result.ok) revalidatePath("/settings/alerts");
    return result;
  });
}
