import "server-only";
import { z } from "zod";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { verifySecret } from "../passwords/hash";
import { zSecurityAnswer } from "../registration/schemas";
import { POLICY } from "../security-policy";
import { fail, type ActionResult } from "../result";
import { normalizeAnswer } from "./questions";
import { findEmailLink, linkState, unusable, zLinkToken, type LinkUnusable } from "./reset-link";
import { msg } from "../i18n/message-ref";

// The five answers, all at once, on an open reset link. A wrong round says only that something did
// not match (never which answer); after POLICY.resetAnswerRounds wrong rounds the link is used up.

const indexes = Array.from({ length: POLICY.securityQuestions.count }, (_, i) => i + 1);
const zAnswerField = z.preprocess((value) => (typeof value === "string" ? value : ""), zSecurityAnswer);

/** The answers form: an empty or over-long field is a typing problem, never a wrong round. */
export const zResetAnswers = z
  .object({ token: zLinkToken, ...Object.fromEntries(indexes.map((i) => [`answer${i}`, zAnswerField])) })
  .transform((form) => ({ token: form.token, answers: indexes.map((i) => (form as Record<string, string>)[`answer${i}`]) }));
export type ResetAnswersInput = z.output<typeof zResetAnswers>;

export async function checkResetAnswers(
  token: string,
  answers: ResetAnswersInput["answers"],
  info: RequestInfo,
): Promise<ActionResult | LinkUnusable> {
  const row = await findEmailLink(token, "RESET_PASSWORD");
  const state = linkState(row);
  if (!row || state !== "valid") return unusable(state === "valid" ? "unknown" : state);
  if (row.answersPassedAt) return { ok: true };

  const stored = await db().securityAnswer.findMany({
    where: { userId: row.userId },
    select: { answerHash: true },
    orderBy: { questionId: "asc" },
  });
  if (stored.length !== POLICY.securityQuestions.count) return unusable("unknown");

  // Claim a round before the slow comparison, so answers sent in parallel cannot exceed the limit.
  const claimed = await db().emailToken.updateMany({
    where: {
      id: row.id,
      usedAt: null,
      answersPassedAt: null,
      expiresAt: { gt: new Date() },
      failedAnswers: { lt: POLICY.resetAnswerRounds },
    },
    data: { failedAnswers: { increment: 1 } },
  });
  if (claimed.count !== 1) return unusable("used");

  const results = await Promise.all(stored.map((s, i) => verifySecret(s.answerHash, normalizeAnswer(answers[i]))));
  const allRight = results.every(Boolean);

  return db().$transaction(async (tx) => {
    if (allRight) {
      await tx.emailToken.update({ where: { id: row.id }, data: { failedAnswers: { decrement: 1 }, answersPassedAt: new Date() } });
      await recordSecurityEvent(tx, row.userId, "password.reset_answers_passed", info);
      return { ok: true } as const;
    }
    const { failedAnswers } = await tx.emailToken.findUniqueOrThrow({ where: { id: row.id }, select: { failedAnswers: true } });
    await recordSecurityEvent(tx, row.userId, "password.reset_answers_failed", info, { round: failedAnswers });
    if (failedAnswers >= POLICY.resetAnswerRounds) {
      await tx.emailToken.update({ where: { id: row.id }, data: { usedAt: new Date() } });
      return unusable("used_up");
    }
    const left = POLICY.resetAnswerRounds - failedAnswers;
    return fail("wrong_answers", msg("passwordReset.answers.wrong", { count: left }));
  });
}
