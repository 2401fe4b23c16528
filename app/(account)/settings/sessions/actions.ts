"use server";

import { revalidatePath } from "next/cache";
import { requireFullSession } from "@/lib/auth/current-session";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { endOtherSessions, endSession } from "@/lib/sessions/end-sessions";
import type { FormState } from "@/components/ui/use-action-form";

export async function endSessionAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await endSession(await requireFullSession(), form.get("sessionId"), await requestInfo());
    if (result.ok) revalidatePath("/settings/sessions");
    return result;
  });
}

export async function endOtherSessionsAction(_: FormState): Promise<FormState> {
  return safeAction(async () => {
    const result = await endOtherSessions(await requireFullSession(), await requestInfo());
    if (result.ok) revalidatePath("/settings/sessions");
    return result;
  });
}
