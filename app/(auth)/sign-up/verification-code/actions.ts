"use server";

import { signUpStepContext } from "@/lib/actions/contexts";
import { redirect } from "next/navigation";
import { safeAction } from "@/lib/http/safe-action";
import { changeMfaChoice } from "@/lib/registration/choose-mfa-method";
import { runSignUpStep } from "@/lib/registration/sign-up-step-action";
import { resendSignUpCode, verifySignUpCode } from "@/lib/registration/verify-mfa";
import type { FormState } from "@/lib/result";

export async function verifyCodeAction(_: FormState, form: FormData): Promise<FormState> {
  return runSignUpStep("MFA_VERIFY", (session, info) => verifySignUpCode(session, { code: form.get("code") }, info));
}

export async function resendCodeAction(_: FormState): Promise<FormState> {
  return safeAction(async () => resendSignUpCode((await signUpStepContext("MFA_VERIFY")).session));
}

export async function changeMethodAction(): Promise<void> {
  const session = (await signUpStepContext("MFA_VERIFY")).session;
  await changeMfaChoice(session);
  redirect("/sign-up/verification-method");
}
