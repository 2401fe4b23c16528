"use server";

import { requestEmailChange } from "@/lib/account/change-email";
import { settingsAction } from "@/lib/auth/settings-action";
import { requestInfo } from "@/lib/http/request-info";
import type { FormState } from "@/lib/result";

export async function requestEmailChangeAction(_: FormState, form: FormData): Promise<FormState> {
  return settingsAction("/settings/email", async (session) =>
    requestEmailChange(session, { newEmail: form.get("newEmail"), confirmNewEmail: form.get("confirmNewEmail") }, await requestInfo()),
  );
}
