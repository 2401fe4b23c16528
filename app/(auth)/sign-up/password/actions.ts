"use server";

import { redirect } from "next/navigation";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { requireSignUpStep } from "@/lib/registration/guard";
import { setSignUpPassword } from "@/lib/registration/set-password";
import type { FormState } from "@/components/ui/use-action-form";

export async function setPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = await requireSignUpStep("PASSWORD");
    const result = await setSignUpPassword(session, { password: form.get("password"), confirmPassword: form.get("confirmPassword") }, await requestInfo());
    if (result.ok || result.code === "out_of_order") redirect("/sign-up/continue");
    return result;
  });
}
