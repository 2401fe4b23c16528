"use server";

import { redirect } from "next/navigation";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { changeMfaChoice } from "@/lib/registration/choose-mfa-method";
import { requireSignUpStep } from "@/lib/registration/guard";
import { resendSignUpCode, verifySignUpCode } from "@/lib/registration/verify-mfa";
import type { FormState } from "@/components/ui/use-action-form";

export async function verifyCodeAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = await requireSignUpStep("MFA_VERIFY");
    const result = await verifySignUpCode(session, { code: form.get("code") }, await requestInfo());
    if (result.ok || result.code === "out_of_order") redirect("/sign-up/continue");
    return result;
  });
}

export async function resendCodeAction(_: FormState): Promise<FormState> {
  return safeAction(async () => {
    const session = await requireSignUpStep("MFA_VERIFY");
    return resendSignUpCode(session);
  });
}

export async function changeMethodAction(): Promise<void> {
  const session = await requireSignUpStep("MFA_VERIFY");
  await changeMfaChoice(session);
  redirect("/sign-up/verification-method");
}
