import "server-only";
import { z } from "zod";
import { hashSecret } from "../passwords/hash";
import { zQuestionChoice, zSecurityAnswer } from "../registration/schemas";
import { invalid, type ActionError, type FieldErrors } from "../result";
import { POLICY } from "../security-policy";
import { normalizeAnswer, questionText } from "./questions";

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

/**
 * Five different questions from the list, each with an answer: the rows to store (argon2 hashes of
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
    if (!answer.success)
      errors[`answer${i + 1}`] = `${answer.error.issues[0].message.replace("an answer", `an answer to question ${i + 1}`)}`;
    if (question.success && answer.success) chosen.push({ questionId: question.data, answer: normalizeAnswer(answer.data) });
  }
  if (Object.keys(errors).length > 0) return invalid(errors, values);
  const answers = await Promise.all(chosen.map(async (c) => ({ questionId: c.questionId, answerHash: await hashSecret(c.answer) })));
  return { ok: true, answers };
}
