import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { keyedHash } from "@/lib/crypto/tokens";
import { peekRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { findLiveSession } from "@/lib/sessions/sessions";
import { POLICY } from "@/lib/security-policy";
import type { FormFields } from "@/lib/actions/form-input";
import { submit } from "@/tests/support/action-input";
import { GOOD_PASSWORD, info, latestCode, passwordDone, signedUpTo, uniqueEmail } from "@/tests/support/factories";
import { completeSecondStep, secondStepView, sendSignInCode, zSendSignInCode } from "./second-step";
import { readerFor } from "@/lib/i18n/translator";
import { SIGN_IN_FAILED, signInPausedMessage, signInWithPassword, zSignInAttempt } from "./sign-in";

describe("signInWithPassword", () => {
  it("answers an unknown email and a wrong password with one message", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const unknown = await signInWithPassword({ email: uniqueEmail("nobody"), password: GOOD_PASSWORD }, info);
    const wrong = await signInWithPassword({ email: user.email, password: "Wrong-password-1!" }, info);
    expect(unknown).toMatchObject({ ok: false, code: "sign_in_failed", message: SIGN_IN_FAILED });
    expect(wrong).toMatchObject({ ok: false, code: "sign_in_failed", message: SIGN_IN_FAILED });
  });

  it("keeps a try with an unknown email, the email hashed, and counts it as a failure from the address", async () => {
    const email = uniqueEmail("nobody");
    const from = { ...info, ip: "198.51.100.77" };
    await signInWithPassword({ email, password: GOOD_PASSWORD }, from);
    const rows = await db().unknownSignInAttempt.findMany({ where: { ip: from.ip } });
    expect(rows).toHaveLength(1);
    expect(rows[0].emailHash).toBe(keyedHash(email, "unknown-sign-in"));
    expect(JSON.stringify(rows)).not.toContain(email);
    expect(await peekRateLimit(`sign-in-failures:ip:${from.ip}`, POLICY.rateLimits.powWindowMs)).toBe(1);
    expect(await peekRateLimit(`sign-in:ip:${from.ip}`, 3_600_000)).toBe(1);
  });

  it("five wrong passwords in a row pause sign-in for 20 minutes, even with the right password", async () => {
    const { user } = await signedUpTo("COMPLETE");
    // From several addresses, so the per-address proof-of-work does not come into it.
    for (let i = 0; i < POLICY.signIn.lockAfterFailures; i++) {
      await signInWithPassword({ email: user.email, password: `Wrong-password-${i}!` }, { ...info, ip: `198.51.100.${i}` });
    }
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { lockedUntil: true } });
    expect(row.lockedUntil!.getTime() - Date.now()).toBeGreaterThan(POLICY.signIn.lockMs - 60_000);
    const pausedMessage = signInPausedMessage(row.lockedUntil!);
    expect(readerFor("en", "UTC").text(pausedMessage)).toMatch(
      /^Sign-in to this account is paused until \d{1,2}:\d{2} [AP]M UTC .*We emailed the account owner\./,
    );
    for (const password of [GOOD_PASSWORD, "Wrong-password-9!"]) {
      expect(await signInWithPassword({ email: user.email, password }, info)).toMatchObject({
        ok: false,
        code: "sign_in_paused",
        message: pausedMessage,
      });
    }

    await db().user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    expect(await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, info)).toMatchObject({
      ok: true,
      level: "PASSWORD_ONLY",
    });
  });

  it("a person who left sign-up after the password continues with a sign-up session", async () => {
    const { user } = await signedUpTo("MFA_METHOD");
    const result = await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, info);
    expect(result).toMatchObject({ ok: true, level: "REGISTRATION" });
  });

  it("states the pause in the reader's time zone and language, rounded up to the minute", () => {
    const utc = readerFor("en", "UTC");
    expect(utc.text(signInPausedMessage(new Date("2026-03-01T15:44:10Z")))).toContain("paused until 3:45 PM UTC");
    expect(utc.text(signInPausedMessage(new Date("2026-03-01T00:05:00Z")))).toContain("paused until 12:05 AM UTC");
    expect(readerFor("en", "America/Chicago").text(signInPausedMessage(new Date("2026-03-01T15:44:10Z")))).toContain(
      "paused until 9:45 AM CST",
    );
    expect(readerFor("es", "America/Chicago").text(signInPausedMessage(new Date("2026-03-01T15:44:10Z")))).toContain(
      "pausado hasta las 9:45 a.m. CST",
    );
  });

  it("refuses malformed and over-long input with field messages", async () => {
    for (const fields of [
      { email: "not-an-email", password: "x".repeat(1000) },
      {},
      { email: ["a@example.com", "b@example.com"], password: "" },
    ] as FormFields[]) {
      const result = await submit(zSignInAttempt, fields, (input) => signInWithPassword(input, info));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["email", "password"]);
    }
  });
});

describe("the second step", () => {
  it("offers both email and text when a person has both, and sends to the one chosen", async () => {
    const { session } = await passwordDone("EMAIL_SMS");
    const view = await secondStepView(session);
    expect(view.channels.map((c) => c.channel).sort()).toEqual(["EMAIL", "SMS"]);
    expect(await sendSignInCode(session, { channel: "SMS" })).toMatchObject({ ok: true, sentTo: "(***) ***-0123" });
    expect(await submit(zSendSignInCode, { channel: "TOTP" }, (input) => sendSignInCode(session, input))).toMatchObject({
      ok: false,
      code: "invalid_input",
    });
  });

  it("reads what the page shows in one query: the ways, the code still open, and whether there is a passkey", async () => {
    const { session } = await passwordDone("EMAIL_SMS");
    const before = await secondStepView(session);
    expect(before).toMatchObject({ sent: null, sentTo: null, withPasskey: false });
    expect(await sendSignInCode(session, { channel: "SMS" })).toMatchObject({ ok: true });
    await db().passkey.create({
      data: {
        userId: session.user.id,
        credentialId: `cred-${session.user.id}`,
        publicKey: Buffer.from([1]),
        deviceType: "singleDevice",
        name: "Laptop",
      },
    });
    const query = vi.spyOn(pg.Client.prototype, "query");
    const view = await secondStepView(session);
    expect(query).toHaveBeenCalledTimes(1);
    query.mockRestore();
    expect(view).toMatchObject({ sent: { channel: "SMS", to: "(***) ***-0123" }, defaultWay: "SMS", withPasskey: true });
    expect(view.channels.map((c) => c.channel)).toEqual(before.channels.map((c) => c.channel));
  });

  it("a right email code ends the password-only session and starts a full one; a used code is refused", async () => {
    const { user, session, token } = await passwordDone("EMAIL");
    expect(await sendSignInCode(session, { channel: "EMAIL" })).toMatchObject({ ok: true });
    const code = await latestCode(user.email);
    const done = await completeSecondStep(session, { code }, info);
    expect(done.ok).toBe(true);
    if (!done.ok) return;
    expect(await findLiveSession(token, { touch: false })).toBeNull();
    expect((await findLiveSession(done.sessionToken, { touch: false }))?.level).toBe("FULL");

    // The same person signs in again: the code they already used does not work a second time.
    const second = await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, info);
    if (!second.ok) throw new Error("sign-in failed");
    const next = (await findLiveSession(second.sessionToken, { touch: false }))!;
    // Worded for every way of getting a code (an authenticator app has no "Send a new code").
    expect(await completeSecondStep(next, { code }, info)).toMatchObject({
      ok: false,
      code: "wrong_code",
      message:
        "That code is not correct, has expired or was already used. Check it, then enter the newest code: the one your authenticator app shows now, or the last one we sent you.",
    });
  });
});
