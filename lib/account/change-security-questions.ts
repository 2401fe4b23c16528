import "server-only";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import { refuseWithoutRecentSecondStep } from "../auth/reauth";
import type { RequestInfo } from "../http/request-info";
import { sendSecurityNotice } from "../notify/security-notice";
import { parseSecurityAnswers, type QuestionsInput } from "../recovery/parse-security-answers";
import type { ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";

export async function changeSecurityQuestions(session: CurrentSession, input: QuestionsInput, info: RequestInfo): Promise<ActionResult> {
  const refused = refuseWithoutRecentSecondStep(session);
  if (refused) return refused;
  const parsed = await parseSecurityAnswers(input);
  if (!parsed.ok) return parsed;
  const userId = session.user.id;
  await db().$transaction(async (tx) => {
    await tx.securityAnswer.deleteMany({ where: { userId } });
    await tx.securityAnswer.createMany({ data: parsed.answers.map((a) => ({ ...a, userId })) });
    await recordSecurityEvent(tx, userId, "security_questions.changed", info);
    await sendSecurityNotice(tx, session.user, "questions_changed", info);
  });
  return { ok: true };
}
