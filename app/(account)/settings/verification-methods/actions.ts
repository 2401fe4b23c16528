"use server";

import { cancelAddingMethod, confirmNewMethod, removeMethod, startAddingMethod } from "@/lib/account/verification-methods";
import { settingsAction } from "@/lib/auth/settings-action";
import { requestInfo } from "@/lib/http/request-info";
import type { FormState } from "@/lib/result";

const HERE = "/settings/verification-methods";

export async function startAddingMethodAction(_: FormState, form: FormData): Promise<FormState> {
  return settingsAction(HERE, async (session) => startAddingMethod(session, { kind: form.get("kind"), phone: form.get("phone") }), HERE);
}

export async function confirmNewMethodAction(_: FormState, form: FormData): Promise<FormState> {
  return settingsAction(HERE, async (session) => confirmNewMethod(session, { code: form.get("code") }, await requestInfo()), `${HERE}?changed=added`);
}

export async function cancelAddingMethodAction(): Promise<void> {
  await settingsAction(HERE, (session) => cancelAddingMethod(session), HERE);
}

export async function removeMethodAction(_: FormState, form: FormData): Promise<FormState> {
  return settingsAction(HERE, async (session) => removeMethod(session, { methodId: form.get("methodId") }, await requestInfo()), `${HERE}?changed=removed`);
}
