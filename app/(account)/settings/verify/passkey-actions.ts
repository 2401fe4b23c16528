"use server";

import { applicantContext } from "@/lib/actions/contexts";
import { redirect } from "next/navigation";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { safeReturnPath } from "@/lib/http/safe-return-path";
import { confirmItsYouWithPasskey, passkeyAuthenticationOptions } from "@/lib/passkeys/authenticate-passkey";
import type { FormState } from "@/lib/result";

export async function passkeyReauthOptionsAction(_: FormState, _form: FormData) {
  return safeAction(async () => passkeyAuthenticationOptions((await applicantContext()).session));
}

export async function passkeyReauthAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await confirmItsYouWithPasskey((await applicantContext()).session, { response: form.get("response") }, await requestInfo());
    if (!result.ok) return result;
    redirect(safeReturnPath(form.get("next")));
  });
}
