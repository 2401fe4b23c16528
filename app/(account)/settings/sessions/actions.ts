"use server";

import { applicantContext } from "@/lib/actions/contexts";
import { revalidatePath } from "next/cache";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { endOtherSessions, endSession } from "@/lib/sessions/end-sessions";
import type { FormState } from "@/lib/result";

export async function endSessionAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await endSession((await applicantContext()).session, form.get("sessionId"), await requestInfo());
    if (result.ok) revalidatePath("/settings/sessions");
    return result;
  });
}

export async function endOtherSessionsAction(_: FormState): Promise<FormState> {
  return safeAction(async () => {
    const result = await endOtherSessions((await applicantContext()).session, await requestInfo());
    if (result.ok) revalidatePath("/settings/sessions");
    return result;
  });
}
