import "server-only";
import { db } from "../db";
import { POLICY } from "../security-policy";
import { msg } from "../i18n/message-ref";
import { questionText } from "./questions";
import { findEmailLink, linkState, usedUpByAnswers, type LinkState } from "./reset-link";

export type ResetLinkView =
  | { state: "valid"; step: "questions" | "new-password"; questions: { id: number; text: string }[]; triesLeft: number; email: string }
  | { state: Exclude<LinkState, "valid">; usedUpByAnswers: boolean };

/** What the reset link shows: the person's questions, the new-password form, or why it cannot be used. */
export async function openResetLink(token: string): Promise<ResetLinkView> {
  const row = await findEmailLink(token, "RESET_PASSWORD");
  const state = linkState(row);
  if (!row || state !== "valid")
    return { state: state === "valid" ? "unknown" : state, usedUpByAnswers: row ? usedUpByAnswers(row) : false };
  const [questions, user] = await Promise.all([
    resetQuestions(row.userId),
    db().user.findUniqueOrThrow({ where: { id: row.userId }, select: { email: true } }),
  ]);
  // The questions are the second half of the proof; a link alone never resets a password.
  if (questions.length !== POLICY.securityQuestions.count) return { state: "unknown", usedUpByAnswers: false };
  return {
    state: "valid",
    step: row.answersPassedAt ? "new-password" : "questions",
    questions,
    triesLeft: POLICY.resetAnswerRounds - row.failedAnswers,
    // For password managers, which save the new password under this account name.
    email: user.email,
  };
}

/** The person's questions, in a fixed order (the answers form lists them in this order). */
export async function resetQuestions(userId: string): Promise<{ id: number; text: string }[]> {
  const answers = await db().securityAnswer.findMany({ where: { userId }, select: { questionId: true }, orderBy: { questionId: "asc" } });
  return answers.map((a) => ({ id: a.questionId, text: questionText(a.questionId) ?? msg("ui.securityQuestions.unknown") }));
}
