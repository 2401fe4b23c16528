"use server";

import { acceptTerms } from "@/lib/registration/accept-terms";
import { runSignUpStep } from "@/lib/registration/sign-up-step-action";
import type { FormState } from "@/lib/result";

export async function acceptTermsAction(_: FormState, form: FormData): Promise<FormState> {
  return runSignUpStep("TERMS", (session, info) => acceptTerms(session, { agree: form.get("agree") }, info));
}
