import "server-only";
import { z } from "zod";
import { zField } from "../actions/form-input";
import { db } from "../db";
import { lockUser } from "../db/lock-user";
import { recordSecurityEvent } from "../audit/record-security-event";
import { refuseWithoutRecentSecondStep } from "../auth/reauth";
import type { RequestInfo } from "../http/request-info";
import { sendSecurityNotice } from "../notify/security-notice";
import { parseSecurityAnswers, type QuestionsInput } from "../recovery/parse-security-answers";
import type { ActionResult } from "../result";
import { POLICY } from "../security-policy";
import type { CurrentSession } from "../sessions/sessions";

const SLOTS = Array.from({ length: POLICY.securityQuestions.count }, (_, i) => i + 1);

/**
 * The form's question1..answerN fields as two lists. Each choice and answer is checked (with its
 * own message per field) by parseSecurityAnswers, the same check sign-up uses.
 */
export const zChangeSecurityQuestions = z
  .object(
    Object.fromEntries(
      SLOTS.flatMap((i) => [
        [`question${i}`, zField()],
        [`answer${i}`, zField()],
      ]),
    ) as Record<string, ReturnType<typeof zField>>,
  )
  .transform((form): QuestionsInput => ({
    questions: SLOTS.map((i) => form[`question${i}`]),
    answers: SLOTS.map((i) => form[`answer${i}`]),
  }));
export type ChangeSecurityQuestionsInput = z.output<typeof zChangeSecurityQuestions>;

export async function changeSecurityQuestions(
  session: CurrentSession,
  input: ChangeSecurityQuestionsInput,
  info: RequestInfo,
): Promise<ActionResult> {
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return refused;
  const parsed = await parseSecurityAnswers(input);
  if (!parsed.ok) return parsed;
  const userId = session.user.id;
  await db().$transaction(async (tx) => {
    await lockUser(tx, userId);
    await tx.securityAnswer.deleteMany({ where: { userId } });
    await tx.securityAnswer.createMany({ data: parsed.answers.map((a) => ({ ...a, userId })) });
    await recordSecurityEvent(tx, userId, "security_questions.changed", info);
    await sendSecurityNotice(tx, session.user, "questions_changed", info);
  });
  return { ok: true };
}
