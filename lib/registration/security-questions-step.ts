import "server-only";
import { db } from "../db";
import { env } from "../env";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { enqueueEmail } from "../notify/enqueue";
import { hashSecret } from "../passwords/hash";
import { normalizeAnswer, questionText } from "../recovery/questions";
import { POLICY } from "../security-policy";
import { fail, invalid, type ActionResult, type FieldErrors } from "../result";
import { createSession, revokeSession, type CurrentSession } from "../sessions/sessions";
import { advanceStep } from "./advance-step";
import { zQuestionChoice, zSecurityAnswer } from "./schemas";

// Step 8, the last: five different questions with answers (stored as argon2 hashes of the
// normalised answer). Completing it ends the sign-up session and starts a full one.

export type QuestionsInput = { questions: unknown[]; answers: unknown[] };

export async function completeSignUp(
  session: CurrentSession,
  input: QuestionsInput,
  info: RequestInfo,
): Promise<ActionResult<{ sessionToken: string }>> {
  const count = POLICY.securityQuestions.count;
  const errors: FieldErrors = {};
  const values: Record<string, string> = {};
  const chosen: { questionId: number; answer: string }[] = [];
  const seen = new Set<number>();
  for (let i = 0; i < count; i++) {
    const rawQuestion = input.questions[i];
    const rawAnswer = input.answers[i];
    values[`question${i + 1}`] = typeof rawQuestion === "string" ? rawQuestion.slice(0, 10) : "";
    values[`answer${i + 1}`] = typeof rawAnswer === "string" ? rawAnswer.slice(0, 200) : "";
    const question = zQuestionChoice.safeParse(rawQuestion === "" ? undefined : rawQuestion);
    if (!question.success || !questionText(question.data)) {
      errors[`question${i + 1}`] = `Choose question ${i + 1}.`;
    } else if (seen.has(question.data)) {
      errors[`question${i + 1}`] = `Question ${i + 1} is the same as another question. Choose ${count} different questions.`;
    } else {
      seen.add(question.data);
    }
    const answer = zSecurityAnswer.safeParse(typeof rawAnswer === "string" ? rawAnswer : "");
    if (!answer.success) errors[`answer${i + 1}`] = `${answer.error.issues[0].message.replace("an answer", `an answer to question ${i + 1}`)}`;
    if (question.success && answer.success) chosen.push({ questionId: question.data, answer: normalizeAnswer(answer.data) });
  }
  if (Object.keys(errors).length > 0) return invalid(errors, values);

  const hashed = await Promise.all(chosen.map(async (c) => ({ questionId: c.questionId, answerHash: await hashSecret(c.answer) })));
  const userId = session.user.id;
  const token = await db().$transaction(async (tx) => {
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
  return token ? { ok: true, sessionToken: token } : fail("out_of_order", "This step was already completed.");
}
