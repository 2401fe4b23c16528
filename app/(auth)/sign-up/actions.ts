"use server";

import { redirect } from "next/navigation";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { resendConfirmation, startSignUp } from "@/lib/registration/start-sign-up";
import type { FormState } from "@/lib/result";

export async function signUpAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await startSignUp({ email: form.get("email"), confirmEmail: form.get("confirmEmail") }, await requestInfo());
    if (result.ok) redirect("/sign-up/check-email");
    return result;
  });
}

export async function resendConfirmationAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await resendConfirmation({ email: form.get("email") }, await requestInfo());
    if (result.ok) redirect("/sign-up/check-email?resent=1");
    return result;
  });
}
