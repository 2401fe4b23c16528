import "server-only";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { verifySecret } from "../passwords/hash";
import { zSecurityAnswer } from "../registration/schemas";
import { POLICY } from "../security-policy";
import { fail, invalid, type ActionResult } from "../result";
import { normalizeAnswer } from "./questions";
import { findEmailLink, linkState, unusable, type LinkUnusable } from "./reset-link";

// The five answers, all at once, on an open reset link. A wrong round says only that something did
// not match (never which answer); after POLICY.resetAnswerRounds wrong rounds the link is used up.

export async function checkResetAnswers(token: string, answers: unknown[], info: RequestInfo): Promise<ActionResult | LinkUnusable> {
  const row = await findEmailLink(token, "RESET_PASSWORD");
  const state = linkState(row);
  if (!row || state !== "valid") return unusable(state === "valid" ? "unknown" : state);
  if (row.answersPassedAt) return { ok: true };

  const stored = await db().securityAnswer.findMany({ where: { userId: row.userId }, select: { answerHash: true }, orderBy: { questionId: "asc" } });
  if (stored.length !== POLICY.securityQuestions.count) return unusable("unknown");

  const fieldErrors: Record<string, string> = {};
  const values: Record<string, string> = {};
  const given: string[] = [];
  stored.forEach((_, i) => {
    const field = `answer${i + 1}`;
    const raw = typeof answers[i] === "string" ? (answers[i] as string) : "";
    values[field] = raw.slice(0, 200);
    const parsed = zSecurityAnswer.safeParse(raw);
    if (parsed.success) given.push(parsed.data);
    else fieldErrors[field] = parsed.error.issues[0]?.message ?? "Enter an answer.";
  });
  // An empty or over-long field is a typing problem, not a wrong round.
  if (Object.keys(fieldErrors).length > 0) return invalid(fieldErrors, values);

  // Claim a round before the slow comparison, so answers sent in parallel cannot exceed the limit.
  const claimed = await db().emailToken.updateMany({
    where: { id: row.id, usedAt: null, answersPassedAt: null, expiresAt: { gt: new Date() }, failedAnswers: { lt: POLICY.resetAnswerRounds } },
    data: { failedAnswers: { increment: 1 } },
  });
  if (claimed.count !== 1) return unusable("used");

  const results = await Promise.all(stored.map((s, i) => verifySecret(s.answerHash, normalizeAnswer(given[i]))));
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
    return fail(
      "wrong_answers",
      `One or more answers do not match the answers saved with your account. Check them and try again. You can try ${left} more ${left === 1 ? "time" : "times"} with this link.`,
    );
  });
}
