"use server";

import { redirect } from "next/navigation";
import { confirmEmailChange } from "@/lib/account/change-email";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import type { FormState } from "@/lib/result";

export async function confirmEmailChangeAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await confirmEmailChange(form.get("token"), await requestInfo());
    if (!result.ok) return result;
    redirect("/settings/email/confirm?done=1");
  });
}
