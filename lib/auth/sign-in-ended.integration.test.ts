import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { issueBackupCode } from "@/lib/mfa/backup-code";
import * as passwordHash from "@/lib/passwords/hash";
import { GOOD_PASSWORD, info, latestCode, passwordDone, signedUpTo } from "@/tests/support/factories";
import { signInWithBackupCode } from "./backup-code-sign-in";
import { completeSecondStep, sendSignInCode } from "./second-step";
import { signInWithPassword } from "./sign-in";

// "This wasn't me" or a password reset that commits while a sign-in is under way ends it: no
// session is made from a password check or a half-way session that came before.

const hooks = vi.hoisted(() => ({ afterPasswordCheck: null as null | (() => Promise<void>) }));
vi.mock("@/lib/passwords/hash", async (importOriginal) => {
  const real = await importOriginal<typeof passwordHash>();
  return {
    ...real,
    verifySecret: async (hash: string, secret: string) => {
      const ok = await real.verifySecret(hash, secret);
      const hook = hooks.afterPasswordCheck;
      hooks.afterPasswordCheck = null;
      if (hook) await hook();
      return ok;
    },
  };
});

const liveSessions = (userId: string) => db().session.count({ where: { userId, revokedAt: null } });

/** What "This wasn't me" commits for the account. */
async function reportedNotMe(userId: string) {
  await db().session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  await db().user.update({ where: { id: userId }, data: { passwordResetRequired: true } });
}

/** What a password reset commits for the account. */
async function passwordWasReset(userId: string) {
  await db().session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  await db().user.update({
    where: { id: userId },
    data: { passwordHash: await passwordHash.hashSecret("An0ther-Pass-phrase!"), passwordChangedAt: new Date() },
  });
}

describe("the password step", () => {
  it("makes no session when 'This wasn't me' committed after the password was checked", async () => {
    const { user } = await signedUpTo("COMPLETE");
    await db().session.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    hooks.afterPasswordCheck = () => reportedNotMe(user.id);
    const result = await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, info);
    expect(result).toMatchObject({ ok: false, code: "reset_required" });
    expect(await liveSessions(user.id)).toBe(0);
  });

  it("makes no session when the password was reset after the old one was checked", async () => {
    const { user } = await signedUpTo("COMPLETE");
    await db().session.updateMany({ where: { userId: user.id }, data: { revokedAt: new Date() } });
    hooks.afterPasswordCheck = () => passwordWasReset(user.id);
    const result = await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, info);
    expect(result).toMatchObject({ ok: false, code: "sign_in_failed" });
    expect(await liveSessions(user.id)).toBe(0);
  });
});

describe("the second step", () => {
  it("a half-way session ended by 'This wasn't me' is not turned into a full one by its code", async () => {
    const { user, session } = await passwordDone("EMAIL");
    await sendSignInCode(session, { channel: "EMAIL" });
    const code = await latestCode(user.email);
    await reportedNotMe(user.id);
    expect(await completeSecondStep(session, { code }, info)).toMatchObject({ ok: false, code: "wrong_step" });
    expect(await liveSessions(user.id)).toBe(0);
  });

  it("a half-way session ended by a password reset is not turned into a full one by a backup code, and the code is kept", async () => {
    const { user, session } = await passwordDone("EMAIL");
    const backupCode = await db().$transaction((tx) => issueBackupCode(tx, user.id));
    await passwordWasReset(user.id);
    expect(await signInWithBackupCode(session, { backupCode }, info)).toMatchObject({ ok: false, code: "wrong_step" });
    expect(await liveSessions(user.id)).toBe(0);
    expect(await db().backupCode.count({ where: { userId: user.id, usedAt: null } })).toBe(1);
  });
});
