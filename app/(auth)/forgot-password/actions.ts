"use server";

import { redirect } from "next/navigation";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { requestPasswordReset } from "@/lib/recovery/request-password-reset";
import type { FormState } from "@/lib/result";

export async function requestResetAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await requestPasswordReset({ email: form.get("email") }, await requestInfo());
    if (result.ok) redirect("/forgot-password/check-email");
    return result;
  });
}
