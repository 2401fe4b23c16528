import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInWithBackupCode } from "@/lib/auth/backup-code-sign-in";
import { confirmItsYou } from "@/lib/auth/reauth";
import { completeSecondStep, sendSignInCode } from "@/lib/auth/second-step";
import { resendSignUpCode, verifySignUpCode } from "@/lib/registration/verify-mfa";
import { POLICY } from "@/lib/security-policy";
import type { ActionResult } from "@/lib/result";
import { info, latestCode, outboxFor, passwordDone, signedUpTo } from "@/tests/support/factories";
import { issueBackupCode } from "./backup-code";
import { checkOtpCode } from "./otp-challenge";

// Each limit under a burst of parallel requests through the real functions. On the embedded
// database these run one at a time; the PostgreSQL leg is the one where they really overlap.

const BURST = 20;
const times = <T>(n: number, run: () => Promise<T>): Promise<T[]> => Promise.all(Array.from({ length: n }, run));
const codesOf = (results: ActionResult<object>[]) => results.map((r) => (r.ok ? "ok" : r.code));
const count = (list: string[], value: string) => list.filter((v) => v === value).length;

/** Moves the person's codes back in time, so the 30-second resend wait is over. */
async function ageCodes(userId: string, seconds: number): Promise<void> {
  await db()
    .$executeRaw`UPDATE "OtpChallenge" SET "createdAt" = "createdAt" - make_interval(secs => ${seconds}::double precision) WHERE "userId" = ${userId}::uuid`;
}

function wrongCodeFor(code: string): string {
  return String((Number(code) + 500_000) % 1_000_000).padStart(6, "0");
}

async function failuresRecorded(userId: string) {
  const kinds = (await db().securityEvent.findMany({ where: { userId }, select: { kind: true } })).map((e) => e.kind);
  return { failed: count(kinds, "mfa.code_failed"), locked: count(kinds, "mfa.locked") };
}

describe("the per-code limit under parallel wrong codes", () => {
  it(`counts ${BURST} wrong codes at once: the fifth closes the code, and the right code no longer works`, async () => {
    const { user, session } = await passwordDone("EMAIL");
    await ageCodes(user.id, 60);
    expect(await sendSignInCode(session, { channel: "EMAIL" })).toMatchObject({ ok: true });
    const code = await latestCode(user.email);

    // 20 transactions share a pool of 10 connections: on a busy machine some wait longer for one
    // than Prisma's default 2 seconds.
    const results = await times(BURST, () =>
      db().$transaction((tx) => checkOtpCode(tx, user.id, "SIGN_IN", wrongCodeFor(code)), { maxWait: 20_000, timeout: 20_000 }),
    );
    expect(count(results, "wrong")).toBe(POLICY.otp.maxAttempts - 1);
    expect(count(results, "used_up")).toBe(1);
    expect(count(results, "no_code")).toBe(BURST - POLICY.otp.maxAttempts);
    const challenge = await db().otpChallenge.findFirstOrThrow({
      where: { userId: user.id, purpose: "SIGN_IN" },
      orderBy: { createdAt: "desc" },
    });
    expect(challenge.attempts).toBe(POLICY.otp.maxAttempts);
    expect(challenge.closedAt).not.toBeNull();
    expect(await db().$transaction((tx) => checkOtpCode(tx, user.id, "SIGN_IN", code))).toBe("no_code");
  });
});

describe("the 10-wrong-codes lock under parallel wrong codes", () => {
  const limit = POLICY.signIn.otpLockAfterFailures;

  async function expectLockedAtExactlyTheLimit(userId: string, results: ActionResult<object>[]): Promise<void> {
    const outcomes = codesOf(results);
    expect(count(outcomes, "ok")).toBe(0);
    // Exactly `limit` codes were checked and counted; every later one was refused unchecked.
    expect(await failuresRecorded(userId)).toEqual({ failed: limit, locked: 1 });
    expect(count(outcomes, "wrong_code")).toBe(limit);
    expect(count(outcomes, "code_locked")).toBe(BURST - limit);
    const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.otpLockedUntil!.getTime()).toBeGreaterThan(Date.now());
    expect(user.failedOtpAttempts).toBe(0);
  }

  it(`sign-in, emailed code: of ${BURST} wrong codes at once, ${limit} are checked, then code entry is locked`, async () => {
    const { user, session } = await passwordDone("EMAIL");
    await ageCodes(user.id, 60);
    await sendSignInCode(session, { channel: "EMAIL" });
    const code = await latestCode(user.email);
    const results = await times(BURST, () => completeSecondStep(session, { code: wrongCodeFor(code) }, info));
    await expectLockedAtExactlyTheLimit(user.id, results);
    expect(await completeSecondStep(session, { code }, info)).toMatchObject({ ok: false, code: "code_locked" });
  });

  it(`the re-check, authentication app: of ${BURST} wrong codes at once, ${limit} are checked, then code entry is locked`, async () => {
    const { user, session, totpSecret } = await signedUpTo("COMPLETE", { method: "TOTP" });
    const right = await generate({ secret: totpSecret! });
    const results = await times(BURST, () => confirmItsYou(session, { code: wrongCodeFor(right) }, info));
    await expectLockedAtExactlyTheLimit(user.id, results);
    expect(await confirmItsYou(session, { code: await generate({ secret: totpSecret! }) }, info)).toMatchObject({
      ok: false,
      code: "code_locked",
    });
  });

  it(`sign-up, emailed code: of ${BURST} wrong codes at once, ${limit} are checked, then code entry is locked`, async () => {
    const { user, session } = await signedUpTo("MFA_VERIFY");
    const code = await latestCode(user.email);
    const results = await times(BURST, () => verifySignUpCode(session, { code: wrongCodeFor(code) }, info));
    await expectLockedAtExactlyTheLimit(user.id, results);
  });

  it(`sign-in, backup code: of ${BURST} wrong backup codes at once, ${limit} are checked, then code entry is locked`, async () => {
    const { user, session } = await passwordDone("EMAIL");
    const results = await times(BURST, () => signInWithBackupCode(session, { backupCode: "ZZZZ-ZZZZ-ZZZZ-ZZZZ" }, info));
    await expectLockedAtExactlyTheLimit(user.id, results);
  });
});

describe("the resend limit under parallel requests", () => {
  const BIG_BURST = 30;

  it(`sign-in: ${BIG_BURST} requests for a code at once send exactly one`, async () => {
    const { user, session } = await passwordDone("EMAIL");
    await ageCodes(user.id, 3_600);
    const before = (await outboxFor(user.email)).length;
    const outcomes = codesOf(await times(BIG_BURST, () => sendSignInCode(session, { channel: "EMAIL" })));
    expect(count(outcomes, "ok")).toBe(1);
    expect(count(outcomes, "rate_limited")).toBe(BIG_BURST - 1);
    expect((await outboxFor(user.email)).length - before).toBe(1);
    expect(await db().otpChallenge.count({ where: { userId: user.id, purpose: "SIGN_IN", closedAt: null } })).toBe(1);
  });

  it(`sign-up: ${BIG_BURST} requests for a new code at once send exactly one`, async () => {
    const { user, session } = await signedUpTo("MFA_VERIFY");
    await ageCodes(user.id, 3_600);
    const before = await db().otpChallenge.count({ where: { userId: user.id } });
    const outcomes = codesOf(await times(BIG_BURST, () => resendSignUpCode(session)));
    expect(count(outcomes, "ok")).toBe(1);
    expect(await db().otpChallenge.count({ where: { userId: user.id } })).toBe(before + 1);
  });
});

describe("the backup code under parallel use", () => {
  it(`${BURST} sign-ins with the same backup code at once: exactly one passes`, async () => {
    const { user, session } = await passwordDone("EMAIL");
    const code = await db().$transaction((tx) => issueBackupCode(tx, user.id));
    const outcomes = codesOf(await times(BURST, () => signInWithBackupCode(session, { backupCode: code }, info)));
    expect(count(outcomes, "ok")).toBe(1);
    expect(await db().backupCode.count({ where: { userId: user.id, usedAt: { not: null } } })).toBe(1);
    expect(
      await db().session.count({ where: { userId: user.id, level: "FULL", revokedAt: null, authMethods: { has: "backup_code" } } }),
    ).toBe(1);
  });
});
