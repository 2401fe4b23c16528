import "server-only";
import { db } from "../db";
import { env } from "../env";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { enqueueEmail } from "../notify/enqueue";
import { parseSecurityAnswers, zSecurityQuestionsForm, type QuestionsInput } from "../recovery/parse-security-answers";
import { fail, type ActionResult } from "../result";
import { createSession, revokeSession, type CurrentSession } from "../sessions/sessions";
import { advanceStep } from "./advance-step";
import { passedSecondStep } from "./passed-second-step";
import { msg } from "../i18n/message-ref";

// Step 8, the last: five different questions with answers (stored as argon2 hashes of the
// normalised answer). Completing it ends the sign-up session and starts a full one.

export type { QuestionsInput };
export const zSignUpSecurityQuestions = zSecurityQuestionsForm;

export async function completeSignUp(
  session: CurrentSession,
  input: QuestionsInput,
  info: RequestInfo,
): Promise<ActionResult<{ sessionToken: string }>> {
  const parsed = await parseSecurityAnswers(input);
  if (!parsed.ok) return parsed;
  const hashed = parsed.answers;
  const userId = session.user.id;
  const token = await db().$transaction(async (tx) => {
    if (!(await passedSecondStep(tx, session.id))) return null;
    if (!(await advanceStep(tx, userId, "SECURITY_QUESTIONS", "COMPLETE"))) return null;
    await tx.securityAnswer.deleteMany({ where: { userId } });
    await tx.securityAnswer.createMany({ data: hashed.map((h) => ({ ...h, userId })) });
    await recordSecurityEvent(tx, userId, "security_questions.set", info);
    await recordSecurityEvent(tx, userId, "sign_up.completed", info);
    // A new token for the full session, so nothing from the sign-up session carries over.
    await revokeSession(tx, session.id);
    const methods = await tx.mfaMethod.findMany({ where: { userId, verifiedAt: { not: null } }, select: { kind: true } });
    const sessionToken = await createSession(tx, userId, "FULL", ["password", ...methods.map((m) => m.kind.toLowerCase())], info);
    await enqueueEmail(tx, session.user.email, "sign-up-complete", { signInUrl: new URL("/sign-in", env().APP_URL).toString() });
    return sessionToken;
  });
  return token ? { ok: true, sessionToken: token } : fail("out_of_order", msg("signUp.errors.stepDone"));
}
