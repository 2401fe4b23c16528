"use server";

import { changePassword } from "@/lib/account/change-password";
import { settingsAction } from "@/lib/auth/settings-action";
import { requestInfo } from "@/lib/http/request-info";
import type { FormState } from "@/components/ui/use-action-form";

export async function changePasswordAction(_: FormState, form: FormData): Promise<FormState> {
  return settingsAction(
    "/settings/password",
    async (session) =>
      changePassword(session, { currentPassword: form.get("currentPassword"), password: form.get("password"), confirmPassword: form.get("confirmPassword") }, await requestInfo()),
    "/settings?changed=password",
  );
}
