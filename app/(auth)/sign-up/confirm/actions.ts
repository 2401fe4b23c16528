"use server";

import { redirect } from "next/navigation";
import { startBrowserSession } from "@/lib/auth/current-session";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { confirmEmail } from "@/lib/registration/confirm-email";
import { pathForStep } from "@/lib/registration/steps";
import type { FormState } from "@/lib/result";

export async function confirmEmailAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const token = String(form.get("token") ?? "").slice(0, 100);
    const outcome = await confirmEmail(token, await requestInfo());
    if (!outcome.ok) redirect(`/sign-up/confirm?state=${outcome.state}`);
    await startBrowserSession(outcome.sessionToken);
    redirect(pathForStep(outcome.step));
  });
}
