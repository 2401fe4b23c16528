"use server";

import { redirect } from "next/navigation";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { checkResetAnswers } from "@/lib/recovery/check-reset-answers";
import { tokenFrom } from "@/lib/recovery/reset-link";
import { setNewPassword } from "@/lib/recovery/set-new-password";
import { POLICY } from "@/lib/security-policy";
import type { FormState } from "@/lib/result";

export async function resetAnswersAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const token = tokenFrom(form.get("token"));
    const answers = Array.from({ length: POLICY.securityQuestions.count }, (_, i) => form.get(`answer${i + 1}`));
    const result = await checkResetAnswers(token, answers, await requestInfo());
    if (result.ok) redirect(`/reset-password?token=${token}`);
    if ("state" in result) redirect(`/reset-password?state=${result.state}`);
    return result;
  });
}

export async function newPasswordAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const token = tokenFrom(form.get("token"));
    const result = await setNewPassword(token, { password: form.get("password"), confirmPassword: form.get("confirmPassword") }, await requestInfo());
    if (result.ok) redirect("/reset-password/done");
    if ("state" in result) redirect(`/reset-password?state=${result.state}`);
    if (result.code === "answers_first") redirect(`/reset-password?token=${token}`);
    return result;
  });
}
