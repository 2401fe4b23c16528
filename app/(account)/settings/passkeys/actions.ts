"use server";

import { applicantContext } from "@/lib/actions/contexts";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import { passkeyRegistrationOptions, registerPasskey } from "@/lib/passkeys/register-passkey";
import { removePasskey } from "@/lib/passkeys/remove-passkey";
import type { FormState } from "@/lib/result";

export async function passkeyOptionsAction(_: FormState, form: FormData) {
  return safeAction(async () => passkeyRegistrationOptions((await applicantContext()).session, { name: form.get("name") }));
}

export async function addPasskeyAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await registerPasskey((await applicantContext()).session, { name: form.get("name"), response: form.get("response") }, await requestInfo());
    if (result.ok) revalidatePath("/settings/passkeys");
    return result;
  });
}

export async function removePasskeyAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await removePasskey((await applicantContext()).session, { passkeyId: form.get("passkeyId") }, await requestInfo());
    if (!result.ok) return result;
    redirect("/settings/passkeys?removed=1");
  });
}
