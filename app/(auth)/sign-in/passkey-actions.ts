"use server";

import { passwordOnlyContext } from "@/lib/actions/contexts";
import { redirect } from "next/navigation";
import { startBrowserSession } from "@/lib/auth/current-session";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { passkeyAuthenticationOptions, signInWithPasskey } from "@/lib/passkeys/authenticate-passkey";
import type { FormState } from "@/lib/result";

export async function passkeySignInOptionsAction(_: FormState, _form: FormData) {
  return safeAction(async () => passkeyAuthenticationOptions((await passwordOnlyContext()).session));
}

export async function passkeySignInAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await signInWithPasskey((await passwordOnlyContext()).session, { response: form.get("response") }, await requestInfo());
    if (!result.ok) return result;
    await startBrowserSession(result.sessionToken);
    redirect("/dashboard");
  });
}
