"use server";

import { redirect } from "next/navigation";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { acceptTerms } from "@/lib/registration/accept-terms";
import { requireSignUpStep } from "@/lib/registration/guard";
import type { FormState } from "@/components/ui/use-action-form";

export async function acceptTermsAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = await requireSignUpStep("TERMS");
    const result = await acceptTerms(session, { agree: form.get("agree") }, await requestInfo());
    if (result.ok || result.code === "out_of_order") redirect("/sign-up/continue");
    return result;
  });
}
