import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POLICY } from "@/lib/security-policy";
import { info, latestCode, outboxFor, signedUpTo, tableCounts } from "@/tests/support/factories";
import { changeMfaChoice, chooseMfaMethod } from "./choose-mfa-method";
import type { FormFields } from "@/lib/actions/form-input";
import { submit } from "@/tests/support/action-input";
import { resendSignUpCode, signUpVerificationView, verifySignUpCode, zSignUpCode } from "./verify-mfa";
import { localizeResult } from "@/lib/i18n/localize-result";
import { readerFor } from "@/lib/i18n/translator";
import { inEnglish } from "@/tests/support/english";

/** The result as the person reads it in English (lib returns msg() references). */
const englishVerifySignUpCode = async (...args: Parameters<typeof verifySignUpCode>) =>
  localizeResult(await verifySignUpCode(...args), readerFor("en", "UTC"));

/** A code that is not the one sent. */
const wrongFor = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, "0");

/** Moves every sign-up code of the user `seconds` into the past, as if that much time had passed. */
async function age(userId: string, seconds: number): Promise<void> {
  await db()
    .$executeRaw`UPDATE "OtpChallenge" SET "createdAt" = "createdAt" - make_interval(secs => ${seconds}::double precision) WHERE "userId" = ${userId}::uuid`;
}

describe("verifySignUpCode with an emailed code", () => {
  it("the right code verifies the method, closes the code and moves to the backup code step", async () => {
    const { user, session } = await signedUpTo("MFA_VERIFY");
    const code = await latestCode(user.email);
    expect(
      await submit(zSignUpCode, { code: ` ${code.slice(0, 3)} ${code.slice(3)} ` }, (input) => verifySignUpCode(session, input, info)),
    ).toEqual({ ok: true });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({ registrationStep: "BACKUP_CODE", failedOtpAttempts: 0 });
    const methods = await db().mfaMethod.findMany({ where: { userId: user.id } });
    expect(methods.every((m) => m.verifiedAt instanceof Date)).toBe(true);
    expect(await db().otpChallenge.count({ where: { userId: user.id, closedAt: null } })).toBe(0);
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "mfa.verified" } })).toBe(1);
    // and the same code cannot be used again
    expect((await englishVerifySignUpCode(session, { code }, info)).ok).toBe(false);
  });

  it("a wrong code is counted; the fifth wrong one kills the code, so even the right one then fails", async () => {
    const { user, session } = await signedUpTo("MFA_VERIFY");
    const code = await latestCode(user.email);
    const messages: string[] = [];
    for (let i = 0; i < POLICY.otp.maxAttempts; i++) {
      const result = await englishVerifySignUpCode(session, { code: wrongFor(code) }, info);
      expect(result).toMatchObject({ ok: false, code: "wrong_code" });
      if (!result.ok) messages.push(result.message);
    }
    expect(messages.slice(0, 4)).toEqual(
      [4, 3, 2, 1].map((left) => expect.stringContaining(`try ${left} more time${left === 1 ? "" : "s"}`)),
    );
    expect(messages[4]).toMatch(/wrong code 5 times, so that code no longer works/);
    const [challenge] = await db().otpChallenge.findMany({ where: { userId: user.id } });
    expect(challenge.attempts).toBe(5);
    expect(challenge.closedAt).toBeInstanceOf(Date);

    const after = await englishVerifySignUpCode(session, { code }, info);
    expect(after).toMatchObject({ ok: false, code: "wrong_code", message: expect.stringMatching(/no active code/) });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("MFA_VERIFY");
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "mfa.code_failed" } })).toBe(6);
  });

  it("an expired code is refused, even when right", async () => {
    const { user, session } = await signedUpTo("MFA_VERIFY");
    const code = await latestCode(user.email);
    await db().otpChallenge.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await englishVerifySignUpCode(session, { code }, info)).toMatchObject({ ok: false, message: expect.stringMatching(/expired/) });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("MFA_VERIFY");
    expect(await db().otpChallenge.count({ where: { userId: user.id, closedAt: null } })).toBe(0);
  });

  it("a code that is not 6 digits is a field error and is not counted as a try", async () => {
    const { user, session } = await signedUpTo("MFA_VERIFY");
    const before = await tableCounts();
    for (const fields of [
      { code: "" },
      { code: "12345" },
      { code: "1234567" },
      { code: "abcdef" },
      { code: "x".repeat(1000) },
      {},
      { code: ["123456", "123456"] },
    ] as FormFields[]) {
      expect(await submit(zSignUpCode, fields, (input) => verifySignUpCode(session, input, info))).toMatchObject({
        ok: false,
        code: "invalid_input",
        fieldErrors: { code: expect.any(String) },
      });
    }
    expect(await tableCounts()).toEqual(before);
    expect((await db().otpChallenge.findFirstOrThrow({ where: { userId: user.id } })).attempts).toBe(0);
  });

  it("ten wrong codes in a row lock code entry for 10 minutes", async () => {
    const { user, session } = await signedUpTo("MFA_VERIFY");
    const code = await latestCode(user.email);
    let last;
    for (let i = 0; i < POLICY.signIn.otpLockAfterFailures; i++)
      last = await englishVerifySignUpCode(session, { code: wrongFor(code) }, info);
    expect(last).toMatchObject({ ok: false, message: expect.stringMatching(/code entry is locked. Try again in 10 minutes/) });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.otpLockedUntil!.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000);

    // While locked, nothing is checked, not even a fresh right code.
    await age(user.id, 3600);
    expect((await resendSignUpCode(session)).ok).toBe(true);
    const fresh = await latestCode(user.email);
    expect(await englishVerifySignUpCode(session, { code: fresh }, info)).toMatchObject({ ok: false, code: "code_locked" });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("MFA_VERIFY");
  });
});

describe("verifySignUpCode with a texted code", () => {
  it("accepts the code texted to the phone", async () => {
    const { user, session } = await signedUpTo("MFA_VERIFY", { method: "SMS", phone: "(202) 555-0143" });
    const code = await latestCode("+12025550143");
    expect(await englishVerifySignUpCode(session, { code }, info)).toEqual({ ok: true });
    const [method] = await db().mfaMethod.findMany({ where: { userId: user.id } });
    expect(method).toMatchObject({ kind: "SMS", phone: "+12025550143", verifiedAt: expect.any(Date) });
  });
});

describe("verifySignUpCode with an authentication app", () => {
  it("accepts the app's current code once; the same code replayed is refused", async () => {
    const { user, session, totpSecret } = await signedUpTo("MFA_VERIFY", { method: "TOTP" });
    const code = await generate({ secret: totpSecret! });
    expect(await englishVerifySignUpCode(session, { code }, info)).toEqual({ ok: true });
    const method = await db().mfaMethod.findFirstOrThrow({ where: { userId: user.id } });
    expect(method.verifiedAt).toBeInstanceOf(Date);
    // The accepted time step is recorded (the current one, or the one before if a step just ended).
    const nowStep = Math.floor(Date.now() / 30_000);
    expect([nowStep, nowStep - 1]).toContain(Number(method.lastTotpStep));

    // The same code submitted again (a second tab, a replayed request) at the same step.
    await db().user.update({ where: { id: user.id }, data: { registrationStep: "MFA_VERIFY" } });
    await db().mfaMethod.update({ where: { id: method.id }, data: { verifiedAt: null } });
    const replay = await englishVerifySignUpCode(session, { code }, info);
    expect(replay).toMatchObject({ ok: false, code: "wrong_code", message: expect.stringMatching(/already used/) });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("MFA_VERIFY");
  });

  it("refuses a code from the previous time step once the current one was accepted", async () => {
    const { user, session, totpSecret } = await signedUpTo("MFA_VERIFY", { method: "TOTP" });
    const now = Math.floor(Date.now() / 1000);
    expect(await englishVerifySignUpCode(session, { code: await generate({ secret: totpSecret!, epoch: now }) }, info)).toEqual({
      ok: true,
    });
    await db().user.update({ where: { id: user.id }, data: { registrationStep: "MFA_VERIFY" } });
    await db().mfaMethod.updateMany({ where: { userId: user.id }, data: { verifiedAt: null } });
    const older = await generate({ secret: totpSecret!, epoch: now - 30 });
    expect(await englishVerifySignUpCode(session, { code: older }, info)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already used/),
    });
  });

  it("refuses a wrong code and codes from outside ±1 step", async () => {
    const { user, session, totpSecret } = await signedUpTo("MFA_VERIFY", { method: "TOTP" });
    const now = Math.floor(Date.now() / 1000);
    const current = await generate({ secret: totpSecret!, epoch: now });
    for (const code of [
      wrongFor(current),
      await generate({ secret: totpSecret!, epoch: now - 120 }),
      await generate({ secret: totpSecret!, epoch: now + 120 }),
    ]) {
      if (code === current) continue;
      expect(await englishVerifySignUpCode(session, { code }, info)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/not correct/),
      });
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("MFA_VERIFY");
  });

  it("shows the QR code and the key for the app", async () => {
    const { session, totpSecret } = await signedUpTo("MFA_VERIFY", { method: "TOTP" });
    const view = await signUpVerificationView(session);
    expect(view.kind).toBe("TOTP");
    if (view.kind !== "TOTP") return;
    expect(view.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(view.key.replace(/ /g, "")).toBe(totpSecret);
  });
});

describe("resendSignUpCode", () => {
  it("allows one new code per 30 seconds; the new code replaces the old one", async () => {
    const { user, session } = await signedUpTo("MFA_VERIFY");
    const first = await latestCode(user.email);
    const tooSoon = await resendSignUpCode(session);
    expect(inEnglish(tooSoon)).toMatchObject({
      ok: false,
      code: "rate_limited",
      message: expect.stringMatching(/request a new one in \d+ seconds/),
    });
    expect((await outboxFor(user.email)).filter((m) => m.template === "verification-code")).toHaveLength(1);

    await age(user.id, 31);
    const resent = await resendSignUpCode(session);
    expect(resent).toEqual({ ok: true, sentTo: expect.stringMatching(/^.•••.?@example\.com$/) });
    const second = await latestCode(user.email);
    expect(await db().otpChallenge.count({ where: { userId: user.id, closedAt: null } })).toBe(1);
    if (second !== first) {
      expect(await englishVerifySignUpCode(session, { code: first }, info)).toMatchObject({ ok: false });
    }
    expect(await englishVerifySignUpCode(session, { code: second }, info)).toEqual({ ok: true });
  });

  it("allows at most 5 codes an hour", async () => {
    const { user, session } = await signedUpTo("MFA_VERIFY");
    // The code sent when the method was chosen is the first of the hour.
    for (let i = 1; i < POLICY.otp.resendPerHour; i++) {
      await age(user.id, 31);
      expect((await resendSignUpCode(session)).ok, `resend ${i}`).toBe(true);
    }
    await age(user.id, 31);
    expect(inEnglish(await resendSignUpCode(session))).toMatchObject({
      ok: false,
      code: "rate_limited",
      message: expect.stringMatching(/too many codes/),
    });
    expect((await outboxFor(user.email)).filter((m) => m.template === "verification-code")).toHaveLength(POLICY.otp.resendPerHour);
    // An hour later it is allowed again.
    await age(user.id, 3600);
    expect((await resendSignUpCode(session)).ok).toBe(true);
  });

  it("texts the new code to the phone and says where it went, masked", async () => {
    const { user, session } = await signedUpTo("MFA_VERIFY", { method: "SMS", phone: "(202) 555-0143" });
    await age(user.id, 31);
    expect(await resendSignUpCode(session)).toEqual({ ok: true, sentTo: "(***) ***-0143" });
    expect(await outboxFor("+12025550143")).toHaveLength(2);
  });

  it("does not apply to an authentication app", async () => {
    const { session } = await signedUpTo("MFA_VERIFY", { method: "TOTP" });
    const before = await tableCounts();
    expect(await resendSignUpCode(session)).toMatchObject({ ok: false, code: "not_applicable" });
    expect(await tableCounts()).toEqual(before);
  });

  it("the limits cannot be side-stepped by changing the method and choosing it again", async () => {
    const { user, session } = await signedUpTo("MFA_VERIFY", { method: "SMS", phone: "(202) 555-0143" });
    for (let i = 0; i < 8; i++) {
      await changeMfaChoice(session);
      await chooseMfaMethod(session, { method: "SMS", phone: "(202) 555-0143" }, info);
    }
    const texts = await outboxFor("+12025550143");
    // DESIGN.md §5: a new code at most once per 30 s and 5 per hour, per person.
    expect(texts.length).toBeLessThanOrEqual(POLICY.otp.resendPerHour);
    expect(await db().otpChallenge.count({ where: { userId: user.id } })).toBeLessThanOrEqual(POLICY.otp.resendPerHour);
  });
});
