"use server";

import { passwordOnlyContext } from "@/lib/actions/contexts";
import { redirect } from "next/navigation";
import { startBrowserSession } from "@/lib/auth/current-session";
import { completeSecondStep, sendSignInCode } from "@/lib/auth/second-step";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import type { FormState } from "@/lib/result";

export async function signInAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await signInWithPassword({ email: form.get("email"), password: form.get("password"), pow: form.get("pow") }, await requestInfo());
    if (!result.ok) return result;
    await startBrowserSession(result.sessionToken);
    redirect(result.level === "REGISTRATION" ? "/sign-up/continue" : "/sign-in/verify");
  });
}

export async function sendCodeAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => sendSignInCode((await passwordOnlyContext()).session, form.get("channel")));
}

export async function verifySignInCodeAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await completeSecondStep((await passwordOnlyContext()).session, { code: form.get("code") }, await requestInfo());
    if (!result.ok) return result;
    await startBrowserSession(result.sessionToken);
    redirect("/dashboard");
  });
}
