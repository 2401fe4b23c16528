import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POLICY } from "@/lib/security-policy";
import { submit } from "@/tests/support/action-input";
import {
  GOOD_PASSWORD,
  info,
  latestCode,
  latestMessage,
  outboxFor,
  passwordDone,
  signedUpTo,
  solvePow,
  uniqueEmail,
} from "@/tests/support/factories";
import { completeSecondStep, sendSignInCode } from "./second-step";
import { RESET_REQUIRED, SIGN_IN_FAILED, signInPausedMessage, signInWithPassword, zSignInAttempt } from "./sign-in";
import { SIGN_IN_RATE_LIMITED } from "./sign-in-guard";

const from = (ip: string) => ({ ...info, ip });
const notices = async (to: string) =>
  (await outboxFor(to)).filter((m) => m.template === "security-notice").map((m) => m.subject?.split(" | ")[0]);

describe("the sign-in lock", () => {
  it("emails the owner when five wrong passwords lock the account, with a 'this wasn't me' link", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const answers = [];
    for (let i = 0; i < 5; i++) {
      answers.push(await signInWithPassword({ email: user.email, password: `Wrong-${i}-Password!` }, from(`198.51.100.${i}`)));
    }
    // Four get the usual message; the fifth, which starts the pause, is told of it.
    expect(answers.map((a) => !a.ok && a.code)).toEqual([
      "sign_in_failed",
      "sign_in_failed",
      "sign_in_failed",
      "sign_in_failed",
      "sign_in_paused",
    ]);
    const notice = await latestMessage(user.email, "security-notice");
    expect(notice.subject).toMatch(/^Sign-in to your account is paused/);
    expect(notice.body).toMatch(/\/not-me\?token=[A-Za-z0-9_-]{43}/);
    const events = await db().securityEvent.findMany({ where: { userId: user.id, kind: "sign_in.locked" } });
    expect(events).toHaveLength(1);
  });

  it("a locked account cannot sign in with the right password until the 20 minutes are over", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const until = new Date(Date.now() + 60_000);
    await db().user.update({ where: { id: user.id }, data: { lockedUntil: until, failedPasswordAttempts: 2 } });
    expect(await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, from("198.51.100.20"))).toMatchObject({
      ok: false,
      code: "sign_in_paused",
      message: signInPausedMessage(until),
    });
    // Nor does the right password clear the count.
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).failedPasswordAttempts).toBe(2);
    expect(await db().session.count({ where: { userId: user.id, revokedAt: null, level: "PASSWORD_ONLY" } })).toBe(0);
    await db().user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() - 1) } });
    expect(await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, from("198.51.100.20"))).toMatchObject({ ok: true });
  });

  it("after a 'this wasn't me' report, the right password asks for a reset and signs nobody in", async () => {
    const { user } = await signedUpTo("COMPLETE");
    await db().user.update({ where: { id: user.id }, data: { passwordResetRequired: true } });
    expect(await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, from("198.51.100.30"))).toMatchObject({
      ok: false,
      code: "reset_required",
      message: RESET_REQUIRED,
    });
    expect(await signInWithPassword({ email: user.email, password: "Wrong-Password-1!" }, from("198.51.100.31"))).toMatchObject({
      ok: false,
      message: SIGN_IN_FAILED,
    });
    expect(await db().session.count({ where: { userId: user.id, level: "PASSWORD_ONLY" } })).toBe(0);
  });
});

describe("proof-of-work after failures from one address", () => {
  it("asks for a solved challenge after three failures, accepts it once, and refuses a tampered or reused one", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const ip = from("192.0.2.50");
    let last: Awaited<ReturnType<typeof signInWithPassword>> | undefined;
    for (let i = 0; i < 3; i++) last = await signInWithPassword({ email: uniqueEmail("nobody"), password: "Wrong-Password-1!" }, ip);
    expect(last).toMatchObject({ ok: false, message: SIGN_IN_FAILED, powChallenge: expect.any(String) });
    // A badly filled form from that address is also answered with a challenge for the next try.
    const unfilled = await submit(zSignInAttempt, { email: "", password: "" }, (input) => signInWithPassword(input, ip));
    expect(unfilled).toMatchObject({ ok: false, code: "invalid_input", powChallenge: expect.any(String) });

    const without = await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, ip);
    expect(without).toMatchObject({ ok: false, code: "pow_required", powChallenge: expect.any(String) });
    const challenge = (without as { powChallenge: string }).powChallenge;

    const tampered = JSON.parse(Buffer.from(await solvePow(challenge), "base64").toString()) as { number: number };
    tampered.number += 1;
    const bad = await signInWithPassword(
      { email: user.email, password: GOOD_PASSWORD, pow: Buffer.from(JSON.stringify(tampered)).toString("base64") },
      ip,
    );
    expect(bad).toMatchObject({ ok: false, code: "pow_required" });
    expect(await signInWithPassword({ email: user.email, password: GOOD_PASSWORD, pow: "%%% not base64 json" }, ip)).toMatchObject({
      ok: false,
      code: "pow_required",
    });

    const pow = await solvePow(challenge);
    expect(await signInWithPassword({ email: user.email, password: GOOD_PASSWORD, pow }, ip)).toMatchObject({ ok: true });
    expect(await signInWithPassword({ email: user.email, password: GOOD_PASSWORD, pow }, ip)).toMatchObject({
      ok: false,
      code: "pow_required",
    });

    // Another address is not affected.
    expect(await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, from("192.0.2.51"))).toMatchObject({ ok: true });
  });
});

describe("rate limits kept in the database", () => {
  it("per email: the same answer for an account and an unknown email once the hour's limit is used", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const nobody = uniqueEmail("nobody");
    const { sha256Hex } = await import("@/lib/crypto/tokens");
    for (const email of [user.email, nobody]) {
      await db().rateLimit.create({
        data: { key: `sign-in:email:${sha256Hex(email)}`, windowStart: new Date(), count: POLICY.rateLimits.signInPerAccountPerHour },
      });
    }
    expect(await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, from("192.0.2.60"))).toMatchObject({
      ok: false,
      code: "rate_limited",
      message: SIGN_IN_RATE_LIMITED,
    });
    expect(await signInWithPassword({ email: nobody, password: GOOD_PASSWORD }, from("192.0.2.61"))).toMatchObject({
      ok: false,
      code: "rate_limited",
      message: SIGN_IN_RATE_LIMITED,
    });
  });

  it("per address: the hour's limit stops every email from that address", async () => {
    const { user } = await signedUpTo("COMPLETE");
    await db().rateLimit.create({
      data: { key: "sign-in:ip:192.0.2.70", windowStart: new Date(), count: POLICY.rateLimits.signInPerIpPerHour },
    });
    expect(await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, from("192.0.2.70"))).toMatchObject({
      ok: false,
      code: "rate_limited",
    });
    expect(await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, from("192.0.2.71"))).toMatchObject({ ok: true });
  });

  it("per address: addresses in one IPv6 /64 share the hour's limit, another /64 has its own", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const attempt = (ip: string) => signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, from(ip));
    expect(await attempt("2001:db8:7:70::1")).toMatchObject({ ok: true });
    const counted = await db().rateLimit.findMany({ where: { key: { startsWith: "sign-in:ip:" } } });
    expect(counted).toHaveLength(1);
    await db().rateLimit.update({ where: { key: counted[0].key }, data: { count: POLICY.rateLimits.signInPerIpPerHour } });
    expect(await attempt("2001:db8:7:70:ffff:1234:5678:9abc")).toMatchObject({ ok: false, code: "rate_limited" });
    expect(await attempt("2001:db8:7:71::1")).toMatchObject({ ok: true });
  });
});

describe("the second step", () => {
  it("a wrong code tells the owner someone knew the password, once per sign-in", async () => {
    const { user, session } = await passwordDone("EMAIL", from("192.0.2.80"));
    await completeSecondStep(session, { code: "000000" }, info);
    await completeSecondStep(session, { code: "000001" }, info);
    expect(await notices(user.email)).toEqual(["Someone entered your password"]);
  });

  it("a successful sign-in sends a new sign-in notice", async () => {
    const { user, session } = await passwordDone("EMAIL", from("192.0.2.81"));
    await sendSignInCode(session, { channel: "EMAIL" });
    const done = await completeSecondStep(session, { code: await latestCode(user.email) }, info);
    expect(done.ok).toBe(true);
    expect(await notices(user.email)).toEqual(["New sign-in to your account"]);
  });

  it("an older code stops working once a new one is sent", async () => {
    const { user, session } = await passwordDone("EMAIL", from("192.0.2.82"));
    await sendSignInCode(session, { channel: "EMAIL" });
    const old = await latestCode(user.email);
    await db().otpChallenge.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    await sendSignInCode(session, { channel: "EMAIL" });
    const fresh = await latestCode(user.email);
    if (old === fresh) return; // one in a million: the same digits twice
    expect(await completeSecondStep(session, { code: old }, info)).toMatchObject({ ok: false, code: "wrong_code" });
    expect(await completeSecondStep(session, { code: fresh }, info)).toMatchObject({ ok: true });
  });

  it("ten wrong codes lock code entry for 10 minutes, even for the right code", async () => {
    const { user, session } = await passwordDone("TOTP", from("192.0.2.83"));
    for (let i = 0; i < POLICY.signIn.otpLockAfterFailures; i++) await completeSecondStep(session, { code: String(100000 + i) }, info);
    const { generate } = await import("otplib");
    const { readTotpSecret } = await import("@/lib/mfa/totp");
    const row = await db().mfaMethod.findFirstOrThrow({ where: { userId: user.id, kind: "TOTP" } });
    const right = await generate({ secret: readTotpSecret(row.totpSecretEnc!) });
    const fullSessions = await db().session.count({ where: { userId: user.id, level: "FULL" } });
    expect(await completeSecondStep(session, { code: right }, info)).toMatchObject({ ok: false, code: "code_locked" });
    expect(await db().session.count({ where: { userId: user.id, level: "FULL" } })).toBe(fullSessions);
  });
});
