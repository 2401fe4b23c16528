import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { POLICY } from "@/lib/security-policy";
import { findLiveSession } from "@/lib/sessions/sessions";
import { SECURITY_QUESTIONS } from "./questions";
import { confirmEmailChange } from "@/lib/account/change-email";
import {
  changeEmailAndConfirm,
  fullSession,
  GOOD_PASSWORD,
  info,
  latestMessage,
  outboxFor,
  sessionFor,
  signedUpTo,
  tableCounts,
  tokenIn,
  uniqueEmail,
} from "@/tests/support/factories";
import type { FormFields } from "@/lib/actions/form-input";
import { submit } from "@/tests/support/action-input";
import { uniqueAddress } from "@/tests/support/test-data";
import { checkResetAnswers, zResetAnswers } from "./check-reset-answers";
import { openResetLink } from "./open-reset-link";
import { RESET_REQUESTED, requestPasswordReset, zRequestPasswordReset } from "./request-password-reset";
import { setNewPassword, zSetNewPassword } from "./set-new-password";

const RIGHT = ["answer 1", "answer 2", "answer 3", "answer 4", "answer 5"];
const NEW_PASSWORD = "Copper-Meadow-Lark-77?";
const quiet = { ...info, ip: null };

async function resetLinkFor(email: string): Promise<string> {
  expect(await requestPasswordReset({ email }, quiet)).toEqual({ ok: true, message: RESET_REQUESTED });
  return tokenIn((await latestMessage(email, "reset-password")).body);
}

async function tokenRow(token: string) {
  const { sha256Hex } = await import("@/lib/crypto/tokens");
  return db().emailToken.findUniqueOrThrow({ where: { tokenHash: sha256Hex(token) } });
}

describe("requestPasswordReset", () => {
  it("answers the same for a finished account, an unknown email and an unfinished account; only the finished one gets a link", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const unfinished = await signedUpTo("MFA_METHOD");
    const unknown = uniqueEmail("nobody");
    const before = Date.now();

    const answers = [
      await submit(zRequestPasswordReset, { email: user.email.toUpperCase() }, (input) => requestPasswordReset(input, quiet)),
      await requestPasswordReset({ email: unknown }, quiet),
      await requestPasswordReset({ email: unfinished.user.email }, quiet),
    ];
    for (const answer of answers) expect(answer).toEqual({ ok: true, message: RESET_REQUESTED });

    const message = await latestMessage(user.email, "reset-password");
    expect(message.body).toContain("http://localhost:3000/reset-password?token=");
    const row = await tokenRow(tokenIn(message.body));
    expect(row.purpose).toBe("RESET_PASSWORD");
    expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(POLICY.resetLinkTtlMs - 1000);
    expect(row.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(POLICY.resetLinkTtlMs);
    expect(await outboxFor(unknown)).toEqual([]);
    expect((await outboxFor(unfinished.user.email)).filter((m) => m.template === "reset-password")).toEqual([]);
    expect(await db().emailToken.count({ where: { purpose: "RESET_PASSWORD" } })).toBe(1);
  });

  it("a new link voids the earlier unused one", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const first = await resetLinkFor(user.email);
    const second = await resetLinkFor(user.email);
    expect(await openResetLink(first)).toMatchObject({ state: "used" });
    expect(await openResetLink(second)).toMatchObject({ state: "valid", step: "questions" });
  });

  it("refuses a malformed email with a field message and changes nothing", async () => {
    const before = await tableCounts();
    for (const fields of [
      { email: "not-an-email" },
      { email: "" },
      { email: "x".repeat(400) },
      {},
      { email: ["a@example.com", "b@example.com"] },
    ] as FormFields[]) {
      const result = await submit(zRequestPasswordReset, fields, (input) => requestPasswordReset(input, info));
      expect(result).toMatchObject({ ok: false, code: "invalid_input" });
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toEqual(["email"]);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it("stops mailing one address after the hourly limit, with the same answer", async () => {
    const { user } = await signedUpTo("COMPLETE");
    for (let i = 0; i < POLICY.rateLimits.resetRequestPerEmailPerHour + 2; i++) {
      expect(await requestPasswordReset({ email: user.email }, quiet)).toEqual({ ok: true, message: RESET_REQUESTED });
    }
    const sent = (await outboxFor(user.email)).filter((m) => m.template === "reset-password");
    expect(sent).toHaveLength(POLICY.rateLimits.resetRequestPerEmailPerHour);
  });

  it("a network over its limit is told to wait, whatever the email", async () => {
    const { user } = await signedUpTo("COMPLETE");
    await db().rateLimit.create({
      data: { key: `reset-request-ip:${info.ip}`, windowStart: new Date(), count: POLICY.rateLimits.resetRequestPerIpPerHour },
    });
    const known = await requestPasswordReset({ email: user.email }, info);
    const unknown = await requestPasswordReset({ email: uniqueEmail("nobody") }, info);
    expect(known).toMatchObject({ ok: false, code: "rate_limited" });
    const { values: _known, ...knownAnswer } = known as { values?: unknown };
    const { values: _unknown, ...unknownAnswer } = unknown as { values?: unknown };
    expect(unknownAnswer).toEqual(knownAnswer);
    expect((await outboxFor(user.email)).filter((m) => m.template === "reset-password")).toEqual([]);
  });
});

describe("the reset link", () => {
  it("shows the person's five questions", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const view = await openResetLink(await resetLinkFor(user.email));
    expect(view).toMatchObject({ state: "valid", step: "questions", triesLeft: POLICY.resetAnswerRounds, email: user.email });
    if (view.state === "valid") expect(view.questions).toEqual(SECURITY_QUESTIONS.slice(0, 5));
  });

  it("expires after 30 minutes", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const token = await resetLinkFor(user.email);
    await db().emailToken.update({ where: { id: (await tokenRow(token)).id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await openResetLink(token)).toMatchObject({ state: "expired" });
    expect(await checkResetAnswers(token, RIGHT, info)).toMatchObject({ ok: false, code: "link_unusable", state: "expired" });
    expect((await tokenRow(token)).answersPassedAt).toBeNull();
  });

  it("counts wrong rounds without saying which answer was wrong, and dies after the limit", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const token = await resetLinkFor(user.email);
    const oneWrong = ["answer 1", "answer 2", "nope", "answer 4", "answer 5"];

    for (let round = 1; round < POLICY.resetAnswerRounds; round++) {
      const result = await checkResetAnswers(token, oneWrong, info);
      expect(result).toMatchObject({ ok: false, code: "wrong_answers" });
      if (!result.ok) {
        expect(result.fieldErrors).toBeUndefined();
        expect(result.values).toBeUndefined();
        for (const q of SECURITY_QUESTIONS) expect(result.message).not.toContain(q.text);
        expect(result.message).not.toMatch(/answer ?3|third/i);
      }
      expect((await tokenRow(token)).failedAnswers).toBe(round);
      expect(await openResetLink(token)).toMatchObject({ state: "valid", triesLeft: POLICY.resetAnswerRounds - round });
    }
    expect(await checkResetAnswers(token, oneWrong, info)).toMatchObject({ ok: false, code: "link_unusable", state: "used_up" });
    expect(await openResetLink(token)).toEqual({ state: "used", usedUpByAnswers: true });
    // Even the right answers do not revive it.
    expect(await checkResetAnswers(token, RIGHT, info)).toMatchObject({ ok: false, code: "link_unusable", state: "used" });
    expect((await tokenRow(token)).answersPassedAt).toBeNull();
    const kinds = (await db().securityEvent.findMany({ where: { userId: user.id, kind: { startsWith: "password.reset_answers" } } })).map(
      (e) => e.kind,
    );
    expect(kinds).toEqual(Array(POLICY.resetAnswerRounds).fill("password.reset_answers_failed"));
  });

  it("an empty answer is a field message, not a wrong round", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const token = await resetLinkFor(user.email);
    const result = await submit(
      zResetAnswers,
      { token, answer1: "answer 1", answer2: "", answer3: "answer 3", answer5: "x".repeat(500) },
      (input) => checkResetAnswers(input.token, input.answers, info),
    );
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["answer2", "answer4", "answer5"]);
    expect((await tokenRow(token)).failedAnswers).toBe(0);
  });

  it("accepts the answers ignoring case and spaces, then opens the new-password step", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const token = await resetLinkFor(user.email);
    expect(await checkResetAnswers(token, ["  ANSWER 1", "answer   2 ", "Answer 3", "answer 4", "answer 5"], info)).toEqual({ ok: true });
    const row = await tokenRow(token);
    expect(row.answersPassedAt).not.toBeNull();
    expect(row.failedAnswers).toBe(0);
    expect(await openResetLink(token)).toMatchObject({ state: "valid", step: "new-password" });
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "password.reset_answers_passed" } })).toBe(1);
  });
});

describe("setNewPassword", () => {
  it("cancels a change of email address asked for before the reset", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const pending = await changeEmailAndConfirm(await fullSession(user.id), uniqueEmail("before-reset"));
    const token = await resetLinkFor(user.email);
    await checkResetAnswers(token, RIGHT, info);
    expect(await setNewPassword(token, { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, info)).toEqual({ ok: true });

    expect(await confirmEmailChange({ token: pending }, info)).toMatchObject({ ok: false, code: "link_used" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("is refused before the answers passed, and changes nothing", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const token = await resetLinkFor(user.email);
    const before = await tableCounts();
    const hash = (await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;
    expect(await setNewPassword(token, { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, info)).toMatchObject({
      ok: false,
      code: "answers_first",
    });
    expect(await tableCounts()).toEqual(before);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(hash);
    expect((await tokenRow(token)).usedAt).toBeNull();
  });

  it("refuses a weak or mismatched password by the sign-up rules, or the current password, and changes nothing", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const token = await resetLinkFor(user.email);
    await checkResetAnswers(token, RIGHT, info);
    const before = await tableCounts();
    const post = (password: string, confirmPassword: string) =>
      submit(zSetNewPassword, { token, password, confirmPassword }, (input) => setNewPassword(input.token, input, info));
    const weak = await post("password", "password");
    expect(weak).toMatchObject({ ok: false, code: "invalid_input" });
    if (!weak.ok) expect(weak.fieldErrors?.password).toMatch(/must have/);
    const common = await post("Password1!", "Password1!");
    if (!common.ok) expect(common.fieldErrors?.password).toMatch(/too common/);
    const mismatch = await post(NEW_PASSWORD, `${NEW_PASSWORD}x`);
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: expect.stringMatching(/do not match/) } });
    const email = await post(`${user.email.split("@")[0]}-Aa1!`, `${user.email.split("@")[0]}-Aa1!`);
    expect(email).toMatchObject({ ok: false, fieldErrors: { password: expect.stringMatching(/email/) } });
    const same = await post(GOOD_PASSWORD, GOOD_PASSWORD);
    expect(same).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { password: "Your new password must be different from your current password." },
    });
    expect(await tableCounts()).toEqual(before);
    expect((await tokenRow(token)).usedAt).toBeNull();
  });

  it("resets: every session ends, the lock and the reset requirement clear, a notice is sent; it signs no one in", async () => {
    const { user, session } = await signedUpTo("COMPLETE");
    const other = await sessionFor(user.id, "FULL");
    await db().user.update({
      where: { id: user.id },
      data: { lockedUntil: new Date(Date.now() + 600_000), failedPasswordAttempts: 3, passwordResetRequired: true },
    });
    const token = await resetLinkFor(user.email);
    await checkResetAnswers(token, RIGHT, info);
    const sessionsBefore = await db().session.count({ where: { userId: user.id } });

    expect(await setNewPassword(token, { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, info)).toEqual({ ok: true });

    expect(await findLiveSession(session.token, { touch: false })).toBeNull();
    expect(await findLiveSession(other.token, { touch: false })).toBeNull();
    expect(await db().session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await db().session.count({ where: { userId: user.id } })).toBe(sessionsBefore);
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ lockedUntil: null, failedPasswordAttempts: 0, passwordResetRequired: false });
    expect(Date.now() - row.passwordChangedAt!.getTime()).toBeLessThan(60_000);
    const notice = await latestMessage(user.email, "security-notice");
    expect(notice.subject).toMatch(/^Your password was reset/);
    expect(notice.body).toContain("/not-me?token=");
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "password.reset" } })).toBe(1);

    // The old password no longer works; the new one leads to the second step, not further.
    const elsewhere = { ...info, ip: uniqueAddress() };
    expect(await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, elsewhere)).toMatchObject({ ok: false });
    expect(await signInWithPassword({ email: user.email, password: NEW_PASSWORD }, elsewhere)).toMatchObject({
      ok: true,
      level: "PASSWORD_ONLY",
    });
  });

  it("a used reset link is refused", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const token = await resetLinkFor(user.email);
    await checkResetAnswers(token, RIGHT, info);
    expect(await setNewPassword(token, { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, info)).toEqual({ ok: true });
    const hash = (await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash;

    expect(await openResetLink(token)).toEqual({ state: "used", usedUpByAnswers: false });
    expect(await checkResetAnswers(token, RIGHT, info)).toMatchObject({ ok: false, code: "link_unusable", state: "used" });
    const again = await setNewPassword(token, { password: "Another-Sound-Pass-9!", confirmPassword: "Another-Sound-Pass-9!" }, info);
    expect(again).toMatchObject({ ok: false, code: "link_unusable", state: "used" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(hash);
  });

  it("garbage and wrong-purpose tokens give the unknown state and never throw", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const { randomToken, sha256Hex } = await import("@/lib/crypto/tokens");
    const notMe = randomToken();
    await db().emailToken.create({
      data: { userId: user.id, purpose: "NOT_ME", tokenHash: sha256Hex(notMe), expiresAt: new Date(Date.now() + 60_000) },
    });
    const before = await tableCounts();
    for (const token of ["", "abc", '\'; DROP TABLE "User"; --', "x".repeat(5000), randomToken(), notMe, "%00%ff\u0000"]) {
      expect(await openResetLink(token)).toEqual({ state: "unknown", usedUpByAnswers: false });
      expect(await checkResetAnswers(token, RIGHT, info)).toMatchObject({ ok: false, code: "link_unusable", state: "unknown" });
      expect(await setNewPassword(token, { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, info)).toMatchObject({
        ok: false,
        state: "unknown",
      });
    }
    expect(await tableCounts()).toEqual(before);
  });
});
