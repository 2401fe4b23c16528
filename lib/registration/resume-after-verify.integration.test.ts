import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInWithBackupCode } from "@/lib/auth/backup-code-sign-in";
import { completeSecondStep, sendSignInCode } from "@/lib/auth/second-step";
import { issueBackupCode } from "@/lib/mfa/backup-code";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { homeFor } from "@/lib/sessions/home-for";
import { findLiveSession } from "@/lib/sessions/sessions";
import { GOOD_PASSWORD, info, latestCode, sessionFor, signedUpTo } from "@/tests/support/factories";
import { confirmBackupCodeSaved, issueSignUpBackupCode } from "./backup-code-step";
import { completeSignUp } from "./security-questions-step";

// A sign-up left after its method was verified goes on only after the second step is passed again:
// the password alone (another browser, someone who learned it) reaches neither the backup code nor
// the reset questions, and so never a full session.

const ANSWERS = { questions: ["1", "2", "3", "4", "5"], answers: ["Rexford", "Springfield", "Maple Street", "Turquoise", "Ms. Alvarez"] };

async function signIn(email: string) {
  const result = await signInWithPassword({ email, password: GOOD_PASSWORD }, info);
  if (!result.ok) throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
  return { result, session: { ...(await findLiveSession(result.sessionToken, { touch: false }))!, token: result.sessionToken } };
}

async function expectStuck(userId: string, session: Awaited<ReturnType<typeof sessionFor>>, step: string) {
  expect(await issueSignUpBackupCode(session, info)).toBeNull();
  expect(await confirmBackupCodeSaved(session, { saved: "yes" })).toMatchObject({ ok: false, code: "out_of_order" });
  expect(await completeSignUp(session, ANSWERS, info)).toMatchObject({ ok: false, code: "out_of_order" });
  const user = await db().user.findUniqueOrThrow({ where: { id: userId } });
  expect(user.registrationStep).toBe(step);
  expect(await db().securityAnswer.count({ where: { userId } })).toBe(0);
  expect(await db().session.count({ where: { userId, level: "FULL" } })).toBe(0);
}

describe("resuming a sign-up after the method was verified", () => {
  for (const step of ["BACKUP_CODE", "SECURITY_QUESTIONS"] as const) {
    it(`at ${step}: the password alone gives only the second step`, async () => {
      const { user } = await signedUpTo(step);
      const { result, session } = await signIn(user.email);
      expect(result.level).toBe("PASSWORD_ONLY");
      expect(homeFor(session)).toBe("/sign-in/verify");
      await expectStuck(user.id, session, step);
    });
  }

  it("after the code sent to the verified method, it goes on at the backup code and ends in a full session", async () => {
    const { user } = await signedUpTo("BACKUP_CODE");
    const { session } = await signIn(user.email);
    // The sign-up code was sent moments ago; the 30-second wait between codes is for people.
    await db().otpChallenge.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 7_200_000) } });
    expect(await sendSignInCode(session, { channel: "EMAIL" })).toMatchObject({ ok: true });
    const done = await completeSecondStep(session, { code: await latestCode(user.email) }, info);
    if (!done.ok) throw new Error(`second step failed: ${JSON.stringify(done)}`);
    const next = { ...(await findLiveSession(done.sessionToken, { touch: false }))!, token: done.sessionToken };
    expect(next.level).toBe("REGISTRATION");
    expect(next.secondStepAt).toBeInstanceOf(Date);
    expect(homeFor(next)).toBe("/sign-up/backup-code");

    expect(await issueSignUpBackupCode(next, info)).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(await confirmBackupCodeSaved(next, { saved: "yes" })).toEqual({ ok: true });
    const finished = await completeSignUp(next, ANSWERS, info);
    if (!finished.ok) throw new Error(`completeSignUp failed: ${JSON.stringify(finished)}`);
    expect((await findLiveSession(finished.sessionToken, { touch: false }))?.level).toBe("FULL");
  });

  it("a sign-up session that did not pass the second step itself (the method verified elsewhere) cannot go on", async () => {
    const { user } = await signedUpTo("BACKUP_CODE");
    const elsewhere = await sessionFor(user.id, "REGISTRATION");
    expect(homeFor(elsewhere)).toBe("/sign-in?reason=continue-sign-up");
    await expectStuck(user.id, elsewhere, "BACKUP_CODE");
  });

  it("the session that verified the method goes on without asking again", async () => {
    const { user, session } = await signedUpTo("BACKUP_CODE");
    const live = (await findLiveSession(session.token, { touch: false }))!;
    expect(live.secondStepAt).toBeInstanceOf(Date);
    expect(homeFor(live)).toBe("/sign-up/backup-code");
    expect(await issueSignUpBackupCode(live, info)).not.toBeNull();
    expect(await confirmBackupCodeSaved(live, { saved: "yes" })).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("SECURITY_QUESTIONS");
  });

  it("left at the reset questions, the backup code passes the second step and the backup-code step shows a new one", async () => {
    const { user } = await signedUpTo("SECURITY_QUESTIONS");
    const saved = await db().$transaction((tx) => issueBackupCode(tx, user.id));
    const { session } = await signIn(user.email);
    const done = await signInWithBackupCode(session, { backupCode: saved }, info);
    if (!done.ok) throw new Error(`backup code sign-in failed: ${JSON.stringify(done)}`);
    const next = (await findLiveSession(done.sessionToken, { touch: false }))!;
    expect(next).toMatchObject({ level: "REGISTRATION", user: { registrationStep: "BACKUP_CODE" } });
    expect(homeFor(next)).toBe("/sign-up/backup-code");
    expect(await issueSignUpBackupCode(next, info)).not.toBeNull();
  });
});
