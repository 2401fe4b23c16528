"use server";

import { redirect } from "next/navigation";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { reportNotMe } from "@/lib/recovery/report-not-me";
import { tokenFrom } from "@/lib/recovery/reset-link";
import type { FormState } from "@/lib/result";

export async function reportNotMeAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const outcome = await reportNotMe(tokenFrom(form.get("token")), await requestInfo());
    redirect(outcome.ok ? "/not-me/done" : `/not-me?state=${outcome.state}`);
  });
}
