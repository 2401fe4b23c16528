"use server";

import { redirect } from "next/navigation";
import { safeAction } from "@/lib/http/safe-action";
import { changeMfaChoice } from "@/lib/registration/choose-mfa-method";
import { requireSignUpStep } from "@/lib/registration/guard";
import { runSignUpStep } from "@/lib/registration/sign-up-step-action";
import { resendSignUpCode, verifySignUpCode } from "@/lib/registration/verify-mfa";
import type { FormState } from "@/components/ui/use-action-form";

export async function verifyCodeAction(_: FormState, form: FormData): Promise<FormState> {
  return runSignUpStep("MFA_VERIFY", (session, info) => verifySignUpCode(session, { code: form.get("code") }, info));
}

export async function resendCodeAction(_: FormState): Promise<FormState> {
  return safeAction(async () => resendSignUpCode(await requireSignUpStep("MFA_VERIFY")));
}

export async function changeMethodAction(): Promise<void> {
  const session = await requireSignUpStep("MFA_VERIFY");
  await changeMfaChoice(session);
  redirect("/sign-up/verification-method");
}
