"use server";

import { applicantContext } from "@/lib/actions/contexts";
import { redirect } from "next/navigation";
import { confirmItsYou } from "@/lib/auth/reauth";
import { sendSignInCode } from "@/lib/auth/second-step";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import type { FormState } from "@/lib/result";

export async function sendReauthCodeAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => sendSignInCode((await applicantContext()).session, form.get("channel")));
}

export async function confirmItsYouAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await confirmItsYou((await applicantContext()).session, { code: form.get("code") }, await requestInfo());
    if (!result.ok) return result;
    redirect(safeReturnPath(form.get("next")));
  });
}
