"use server";

import { redirect } from "next/navigation";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { chooseMfaMethod } from "@/lib/registration/choose-mfa-method";
import { requireSignUpStep } from "@/lib/registration/guard";
import type { FormState } from "@/components/ui/use-action-form";

export async function chooseMethodAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = await requireSignUpStep("MFA_METHOD");
    const result = await chooseMfaMethod(session, { method: form.get("method"), phone: form.get("phone") }, await requestInfo());
    if (result.ok || result.code === "out_of_order") redirect("/sign-up/continue");
    return result;
  });
}
