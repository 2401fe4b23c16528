"use server";

import { changeSecurityQuestions } from "@/lib/account/change-security-questions";
import { settingsAction } from "@/lib/auth/settings-action";
import { requestInfo } from "@/lib/http/request-info";
import { POLICY } from "@/lib/security-policy";
import type { FormState } from "@/lib/result";

export async function changeQuestionsAction(_: FormState, form: FormData): Promise<FormState> {
  const slots = Array.from({ length: POLICY.securityQuestions.count }, (_, i) => i + 1);
  return settingsAction(
    "/settings/security-questions",
    async (session) =>
      changeSecurityQuestions(session, { questions: slots.map((i) => form.get(`question${i}`)), answers: slots.map((i) => form.get(`answer${i}`)) }, await requestInfo()),
    "/settings?changed=questions",
  );
}
