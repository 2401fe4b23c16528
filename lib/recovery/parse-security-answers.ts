import "server-only";
import { z } from "zod";
import { hashSecret } from "../passwords/hash";
import { zQuestionChoice, zSecurityAnswer } from "../registration/schemas";
import { invalid, type ActionError, type FieldErrors } from "../result";
import { POLICY } from "../security-policy";
import { normalizeAnswer, questionText } from "./questions";
import { msg } from "../i18n/message-ref";

export type QuestionsInput = { questions: unknown[]; answers: unknown[] };

const indexes = Array.from({ length: POLICY.securityQuestions.count }, (_, i) => i + 1);

/**
 * The questions form (question1..5, answer1..5) as two lists. Checking them stays in
 * parseSecurityAnswers: its messages name the question, and a refused form shows the answers again.
 */
export const zSecurityQuestionsForm = z.record(z.string(), z.unknown()).transform((fields): QuestionsInput => ({
  questions: indexes.map((i) => fields[`question${i}`]),
  answers: indexes.map((i) => fields[`answer${i}`]),
}));

/** A one- or two-letter answer is guessed in a few tries; answers are compared as normalizeAnswer leaves them. */
export const MIN_ANSWER_LENGTH = 3;

/**
 * Five different questions from the list, each with its own answer of 3 characters or more: the rows to store (argon2 hashes of
 * the normalised answers), or field messages with the submitted values to show again.
 */
export async function parseSecurityAnswers(
  input: QuestionsInput,
): Promise<{ ok: true; answers: { questionId: number; answerHash: string }[] } | ActionError> {
  const count = POLICY.securityQuestions.count;
  const errors: FieldErrors = {};
  const values: Record<string, string> = {};
  const chosen: { questionId: number; answer: string }[] = [];
  const seen = new Set<number>();
  const answersSeen = new Set<string>();
  for (let i = 0; i < count; i++) {
    const rawQuestion = input.questions[i];
    const rawAnswer = input.answers[i];
    values[`question${i + 1}`] = typeof rawQuestion === "string" ? rawQuestion.slice(0, 10) : "";
    values[`answer${i + 1}`] = typeof rawAnswer === "string" ? rawAnswer.slice(0, 200) : "";
    const question = zQuestionChoice.safeParse(rawQuestion === "" ? undefined : rawQuestion);
    if (!question.success || !questionText(question.data)) {
      errors[`question${i + 1}`] = msg("passwordReset.questions.choose", { number: i + 1 });
    } else if (seen.has(question.data)) {
      errors[`question${i + 1}`] = msg("passwordReset.questions.sameQuestion", { number: i + 1, count });
    } else {
      seen.add(question.data);
    }
    const answer = zSecurityAnswer.safeParse(typeof rawAnswer === "string" ? rawAnswer : "");
    const normalized = answer.success ? normalizeAnswer(answer.data) : "";
    if (!answer.success) {
      errors[`answer${i + 1}`] =
        typeof rawAnswer === "string" && rawAnswer.trim() !== ""
          ? msg("passwordReset.questions.answerTooLong", { max: POLICY.securityQuestions.answerMaxLength })
          : msg("passwordReset.questions.answerRequired", { number: i + 1 });
    } else if (normalized.length < MIN_ANSWER_LENGTH) {
      errors[`answer${i + 1}`] = msg("passwordReset.questions.answerTooShort", { number: i + 1, min: MIN_ANSWER_LENGTH });
    } else if (answersSeen.has(normalized)) {
      errors[`answer${i + 1}`] = msg("passwordReset.questions.sameAnswer", { number: i + 1 });
    } else {
      answersSeen.add(normalized);
    }
    if (question.success && answer.success) chosen.push({ questionId: question.data, answer: normalized });
  }
  if (Object.keys(errors).length > 0) return invalid(errors, values);
  const answers = await Promise.all(chosen.map(async (c) => ({ questionId: c.questionId, answerHash: await hashSecret(c.answer) })));
  return { ok: true, answers };
}
