"use server";

import { redirect } from "next/navigation";
import { requirePasswordOnlySession, startBrowserSession } from "@/lib/auth/current-session";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { passkeyAuthenticationOptions, signInWithPasskey } from "@/lib/passkeys/authenticate-passkey";
import type { FormState } from "@/components/ui/use-action-form";

export async function passkeySignInOptionsAction(_: FormState, _form: FormData) {
  return safeAction(async () => passkeyAuthenticationOptions(await requirePasswordOnlySession()));
}

export async function passkeySignInAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await signInWithPasskey(await requirePasswordOnlySession(), { response: form.get("response") }, await requestInfo());
    if (!result.ok) return result;
    await startBrowserSession(result.sessionToken);
    redirect("/dashboard");
  });
}
