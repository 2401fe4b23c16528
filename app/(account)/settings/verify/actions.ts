"use server";

import { redirect } from "next/navigation";
import { requireFullSession } from "@/lib/auth/current-session";
import { confirmItsYou } from "@/lib/auth/reauth";
import { sendSignInCode } from "@/lib/auth/second-step";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import type { FormState } from "@/components/ui/use-action-form";

export async function sendReauthCodeAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => sendSignInCode(await requireFullSession(), form.get("channel")));
}

export async function confirmItsYouAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await confirmItsYou(await requireFullSession(), { code: form.get("code") }, await requestInfo());
    if (!result.ok) return result;
    redirect(safeReturnPath(form.get("next")));
  });
}
