import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { keyedHash } from "@/lib/crypto/tokens";
import { resetEnvCache } from "@/lib/env";
import { readTotpSecret } from "@/lib/mfa/totp";
import { POLICY } from "@/lib/security-policy";
import { codeIn, info, outboxFor, signedUpTo, tableCounts } from "@/tests/support/factories";
import type { FormFields } from "@/lib/actions/form-input";
import { submit } from "@/tests/support/action-input";
import { changeMfaChoice, chooseMfaMethod, zChooseMfaMethod } from "./choose-mfa-method";
import { localizeResult } from "@/lib/i18n/localize-result";
import { readerFor } from "@/lib/i18n/translator";

/** The result as the person reads it in English (lib returns msg() references). */
const englishChooseMfaMethod = async (...args: Parameters<typeof chooseMfaMethod>) =>
  localizeResult(await chooseMfaMethod(...args), readerFor("en", "UTC"));

async function atMethodStep() {
  return signedUpTo("MFA_METHOD");
}

describe("chooseMfaMethod", () => {
  it("EMAIL: saves the method unverified and emails a 6-digit code, stored only as a keyed hash", async () => {
    const { user, session } = await atMethodStep();
    const before = Date.now();
    expect(await englishChooseMfaMethod(session, { method: "EMAIL", phone: undefined }, info)).toEqual({ ok: true });

    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("MFA_VERIFY");
    const methods = await db().mfaMethod.findMany({ where: { userId: user.id } });
    expect(methods).toHaveLength(1);
    expect(methods[0]).toMatchObject({ kind: "EMAIL", verifiedAt: null, phone: null, totpSecretEnc: null });

    const [challenge] = await db().otpChallenge.findMany({ where: { userId: user.id } });
    expect(challenge).toMatchObject({ purpose: "SIGN_UP", channel: "EMAIL", destination: user.email, attempts: 0, closedAt: null });
    const ttl = challenge.expiresAt.getTime() - before;
    expect(ttl).toBeGreaterThan(POLICY.otp.ttlMs - 60_000);
    expect(ttl).toBeLessThanOrEqual(POLICY.otp.ttlMs + 60_000);

    const mail = (await outboxFor(user.email)).filter((m) => m.template === "verification-code");
    expect(mail).toHaveLength(1);
    expect(mail[0].channel).toBe("EMAIL");
    const code = codeIn(mail[0].body);
    expect(challenge.codeHash).toBe(keyedHash(code, "otp"));
    expect(challenge.codeHash).not.toContain(code);
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "mfa.method_added" } })).toBe(1);
  });

  it("SMS: stores the number as E.164 and texts the code there", async () => {
    const { user, session } = await atMethodStep();
    expect(await englishChooseMfaMethod(session, { method: "SMS", phone: " (202) 555-0143 " }, info)).toEqual({ ok: true });
    const methods = await db().mfaMethod.findMany({ where: { userId: user.id } });
    expect(methods.map((m) => [m.kind, m.phone])).toEqual([["SMS", "+12025550143"]]);
    const [challenge] = await db().otpChallenge.findMany({ where: { userId: user.id } });
    expect(challenge).toMatchObject({ channel: "SMS", destination: "+12025550143" });
    const texts = await outboxFor("+12025550143");
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ channel: "SMS", template: "verification-code", subject: null });
    expect(challenge.codeHash).toBe(keyedHash(codeIn(texts[0].body), "otp"));
    expect((await outboxFor(user.email)).filter((m) => m.template === "verification-code")).toHaveLength(0);
  });

  it("EMAIL_SMS: saves both methods and proves the phone with a text", async () => {
    const { user, session } = await atMethodStep();
    expect(await englishChooseMfaMethod(session, { method: "EMAIL_SMS", phone: "202-555-0143" }, info)).toEqual({ ok: true });
    const kinds = (await db().mfaMethod.findMany({ where: { userId: user.id } })).map((m) => m.kind).sort();
    expect(kinds).toEqual(["EMAIL", "SMS"]);
    expect(await outboxFor("+12025550143")).toHaveLength(1);
  });

  it("TOTP: stores an encrypted 160-bit secret and sends nothing", async () => {
    const { user, session } = await atMethodStep();
    const outboxBefore = await db().outboundMessage.count();
    expect(await englishChooseMfaMethod(session, { method: "TOTP", phone: undefined }, info)).toEqual({ ok: true });
    const [method] = await db().mfaMethod.findMany({ where: { userId: user.id } });
    expect(method.kind).toBe("TOTP");
    expect(method.totpSecretEnc).toMatch(/^v1\./);
    const secret = readTotpSecret(method.totpSecretEnc!);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/); // 20 bytes in base32
    expect(method.totpSecretEnc).not.toContain(secret);
    expect(await db().otpChallenge.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().outboundMessage.count()).toBe(outboxBefore);
  });

  it.each([
    ["an invalid number", "12345"],
    ["a number abroad", "+44 7911 123456"],
    ["a toll-free number", "(800) 555-0199"],
    ["letters", "202-555-ABCD"],
    ["an over-long value", "2".repeat(33)],
    ["nothing", ""],
  ])("refuses %s for text messages and changes nothing", async (_, phone) => {
    const { user, session } = await atMethodStep();
    const before = await tableCounts();
    const result = await submit(zChooseMfaMethod, { method: "SMS", phone }, (input) => chooseMfaMethod(session, input, info));
    expect(result).toMatchObject({ ok: false, code: "invalid_input", fieldErrors: { phone: expect.any(String) } });
    expect(await tableCounts()).toEqual(before);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("MFA_METHOD");
  });

  it("refuses an unknown method and changes nothing", async () => {
    const { session } = await atMethodStep();
    const before = await tableCounts();
    for (const fields of [{ method: "PASSKEY" }, { method: "" }, {}, { method: "1" }, { method: ["EMAIL", "SMS"] }] as FormFields[]) {
      expect(
        localizeResult(await submit(zChooseMfaMethod, fields, (input) => chooseMfaMethod(session, input, info)), readerFor("en", "UTC")),
      ).toMatchObject({
        ok: false,
        fieldErrors: { method: "Choose how you want to receive verification codes." },
      });
    }
    expect(await tableCounts()).toEqual(before);
  });

  it("in production without Twilio, text messages are not offered", async () => {
    const { session } = await atMethodStep();
    Object.assign(process.env, { NODE_ENV: "production" });
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    process.env.STRIPE_SECRET_KEY = "sk_test_productionSettings";
    process.env.STRIPE_WEBHOOK_SECRET = "whsec_production_settings";
    resetEnvCache();
    const before = await tableCounts();
    expect(await englishChooseMfaMethod(session, { method: "SMS", phone: "(202) 555-0143" }, info)).toMatchObject({
      ok: false,
      fieldErrors: { method: expect.stringMatching(/Text messages are not available/) },
    });
    expect(await tableCounts()).toEqual(before);
  });

  it("a replayed form is refused and does not replace the first choice", async () => {
    const { user, session } = await atMethodStep();
    await englishChooseMfaMethod(session, { method: "EMAIL", phone: undefined }, info);
    expect(await englishChooseMfaMethod(session, { method: "TOTP", phone: undefined }, info)).toMatchObject({
      ok: false,
      code: "out_of_order",
    });
    expect((await db().mfaMethod.findMany({ where: { userId: user.id } })).map((m) => m.kind)).toEqual(["EMAIL"]);
    expect(await db().otpChallenge.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("changeMfaChoice", () => {
  it("goes back to the method step, dropping the unverified method and closing its code", async () => {
    const { user, session } = await atMethodStep();
    await englishChooseMfaMethod(session, { method: "SMS", phone: "(202) 555-0143" }, info);
    expect(await changeMfaChoice(session)).toEqual({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("MFA_METHOD");
    expect(await db().mfaMethod.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().otpChallenge.count({ where: { userId: user.id, closedAt: null } })).toBe(0);
    // and a new choice works
    expect(await englishChooseMfaMethod(session, { method: "TOTP", phone: undefined }, info)).toEqual({ ok: true });
  });
});
