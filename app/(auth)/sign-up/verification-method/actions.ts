"use server";

import { chooseMfaMethod } from "@/lib/registration/choose-mfa-method";
import { runSignUpStep } from "@/lib/registration/sign-up-step-action";
import type { FormState } from "@/lib/result";

export async function chooseMethodAction(_: FormState, form: FormData): Promise<FormState> {
  return runSignUpStep("MFA_METHOD", (session, info) => chooseMfaMethod(session, { method: form.get("method"), phone: form.get("phone") }, info));
}
