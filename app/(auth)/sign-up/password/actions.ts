"use server";

import { runSignUpStep } from "@/lib/registration/sign-up-step-action";
import { setSignUpPassword } from "@/lib/registration/set-password";
import type { FormState } from "@/lib/result";

export async function setPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  return runSignUpStep("PASSWORD", (session, info) =>
    setSignUpPassword(session, { password: form.get("password"), confirmPassword: form.get("confirmPassword") }, info),
  );
}
