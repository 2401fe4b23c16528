import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/tokens";
import { resetEnvCache } from "@/lib/env";
import { POLICY } from "@/lib/security-policy";
import { createUser, info, outboxFor, signedUpTo, tableCounts, tokenIn, uniqueEmail } from "@/tests/support/factories";
import { inspectConfirmationLink } from "./confirm-email";
import { submit } from "@/tests/support/action-input";
import type { FormFields } from "@/lib/actions/form-input";
import { resendConfirmation, startSignUp, zResendConfirmation, zStartSignUp } from "./start-sign-up";

describe("startSignUp", () => {
  it("creates the account, a 24-hour confirmation token and the email with a link built from APP_URL", async () => {
    process.env.APP_URL = "https://portal.example.test";
    resetEnvCache();
    const before = Date.now();
    const result = await submit(
      zStartSignUp,
      { email: "  New.Person@Example.COM ", confirmEmail: "new.person@example.com", accountType: "APPLICANT" },
      (input) => startSignUp(input, info),
    );
    expect(result).toEqual({ ok: true, email: "new.person@example.com" });

    const user = await db().user.findUniqueOrThrow({ where: { email: "new.person@example.com" } });
    expect(user.registrationStep).toBe("CONFIRM_EMAIL");
    expect(user.role).toBe("APPLICANT");
    expect(user.passwordHash).toBeNull();

    const tokens = await db().emailToken.findMany({ where: { userId: user.id } });
    expect(tokens).toHaveLength(1);
    expect(tokens[0].purpose).toBe("CONFIRM_EMAIL");
    expect(tokens[0].usedAt).toBeNull();
    const ttl = tokens[0].expiresAt.getTime() - before;
    expect(ttl).toBeGreaterThan(POLICY.emailConfirmationTtlMs - 60_000);
    expect(ttl).toBeLessThanOrEqual(POLICY.emailConfirmationTtlMs + 60_000);

    const outbox = await outboxFor("new.person@example.com");
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ channel: "EMAIL", template: "confirm-email", status: "PENDING" });
    expect(outbox[0].body).toContain("https://portal.example.test/sign-up/confirm?token=");
    const token = tokenIn(outbox[0].body);
    // Only the SHA-256 of the token is stored.
    expect(tokens[0].tokenHash).toBe(sha256Hex(token));
    expect(JSON.stringify(tokens)).not.toContain(token);
    expect(await inspectConfirmationLink(token)).toBe("valid");

    const events = await db().securityEvent.findMany({ where: { userId: user.id } });
    expect(events.map((e) => e.kind)).toEqual(["sign_up.started"]);
    expect(events[0]).toMatchObject({ ip: info.ip, userAgent: info.userAgent });
  });

  it("mails an existing complete account an account-exists notice, with no token, and answers the same", async () => {
    const { user } = await signedUpTo("COMPLETE");
    const tokensBefore = await db().emailToken.count({ where: { userId: user.id } });
    const outboxBefore = (await outboxFor(user.email)).length;

    const result = await submit(
      zStartSignUp,
      { email: user.email.toUpperCase(), confirmEmail: user.email, accountType: "REPRESENTATIVE" },
      (input) => startSignUp(input, info),
    );
    expect(result).toEqual({ ok: true, email: user.email });

    expect(await db().emailToken.count({ where: { userId: user.id } })).toBe(tokensBefore);
    const outbox = await outboxFor(user.email);
    expect(outbox).toHaveLength(outboxBefore + 1);
    const notice = outbox.at(-1)!;
    expect(notice.template).toBe("account-exists");
    expect(notice.body).toContain("/sign-in");
    expect(notice.body).not.toContain("token=");
    expect(await db().user.count({ where: { email: user.email } })).toBe(1);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("COMPLETE");
  });

  it("treats an account past the password step like a complete one (no new link)", async () => {
    const { user } = await signedUpTo("MFA_METHOD");
    await startSignUp({ email: user.email, confirmEmail: user.email }, info);
    const latest = (await outboxFor(user.email)).at(-1)!;
    expect(latest.template).toBe("account-exists");
    expect(await db().emailToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
  });

  it("sends an unfinished account a fresh link and voids the old one", async () => {
    const email = uniqueEmail();
    await startSignUp({ email, confirmEmail: email }, info);
    const first = tokenIn((await outboxFor(email))[0].body);

    const again = await startSignUp({ email, confirmEmail: email }, info);
    expect(again).toEqual({ ok: true, email });
    const outbox = await outboxFor(email);
    expect(outbox.map((m) => m.template)).toEqual(["confirm-email", "confirm-email"]);
    const second = tokenIn(outbox[1].body);
    expect(second).not.toBe(first);
    expect(await inspectConfirmationLink(first)).toBe("used");
    expect(await inspectConfirmationLink(second)).toBe("valid");
    expect(await db().user.count({ where: { email } })).toBe(1);
    expect(await db().emailToken.count({ where: { user: { email }, usedAt: null } })).toBe(1);
  });

  it("sends a fresh link to someone who confirmed but has not set a password yet", async () => {
    const { user } = await signedUpTo("PASSWORD");
    await startSignUp({ email: user.email, confirmEmail: user.email }, info);
    const latest = (await outboxFor(user.email)).at(-1)!;
    expect(latest.template).toBe("confirm-email");
    expect(await inspectConfirmationLink(tokenIn(latest.body))).toBe("valid");
  });

  it("submissions at once (a double click) all get the normal answer and make one account", async () => {
    // Several rounds of three concurrent submissions, so that a race shows up on a real server.
    for (let round = 0; round < 5; round++) {
      const email = uniqueEmail("race");
      const results = await Promise.allSettled([1, 2, 3].map(() => startSignUp({ email, confirmEmail: email }, { ...info, ip: null })));
      const answers = results.map((r) =>
        r.status === "fulfilled"
          ? r.value
          : `threw: ${String((r.reason as Error).message)
              .split("\n")
              .filter(Boolean)
              .at(-1)}`,
      );
      expect(answers, `round ${round}`).toEqual([
        { ok: true, email },
        { ok: true, email },
        { ok: true, email },
      ]);
      expect(await db().user.count({ where: { email } })).toBe(1);
      expect(await db().emailToken.count({ where: { user: { email }, usedAt: null } })).toBeGreaterThanOrEqual(1);
    }
  });

  it.each([
    ["a malformed email", { email: "not-an-email", confirmEmail: "not-an-email" }, "email"],
    ["an empty email", { email: "", confirmEmail: "" }, "email"],
    ["a missing confirmation", { email: "a@example.com", confirmEmail: "" }, "confirmEmail"],
    ["mismatched emails", { email: "a@example.com", confirmEmail: "b@example.com" }, "confirmEmail"],
    ["an over-long email", { email: `${"a".repeat(250)}@example.com`, confirmEmail: `${"a".repeat(250)}@example.com` }, "email"],
    ["a very long value", { email: "x".repeat(100_000), confirmEmail: "x" }, "email"],
    [
      "values that are not text",
      { email: new File(["a@example.com"], "email.txt"), confirmEmail: ["a@example.com", "a@example.com"] },
      "email",
    ],
    ["missing values", {}, "email"],
    ["no answer to who the account is for", { email: "a@example.com", confirmEmail: "a@example.com" }, "accountType"],
    [
      "an account type that is not offered",
      { email: "a@example.com", confirmEmail: "a@example.com", accountType: "OFFICER" },
      "accountType",
    ],
  ])("refuses %s with a field message and changes nothing", async (_, input, field) => {
    const before = await tableCounts();
    const result = await submit(zStartSignUp, input as FormFields, (parsed) => startSignUp(parsed, info));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("invalid_input");
    expect(result.fieldErrors?.[field]).toBeTruthy();
    expect(await tableCounts()).toEqual(before);
  });

  it("stops mailing one address after 5 requests an hour, with the same answer", async () => {
    const email = uniqueEmail();
    for (let i = 0; i < POLICY.rateLimits.confirmationResendPerEmailPerHour + 2; i++) {
      expect(await startSignUp({ email, confirmEmail: email }, { ...info, ip: `198.51.100.${i}` })).toEqual({ ok: true, email });
    }
    expect(await outboxFor(email)).toHaveLength(POLICY.rateLimits.confirmationResendPerEmailPerHour);
  });

  it("refuses a network that has started too many sign-ups this hour, changing nothing else", async () => {
    await db().rateLimit.create({
      data: { key: `sign-up-ip:${info.ip}`, windowStart: new Date(), count: POLICY.rateLimits.signUpPerIpPerHour },
    });
    const before = await tableCounts();
    const email = uniqueEmail();
    const result = await startSignUp({ email, confirmEmail: email }, info);
    expect(result).toMatchObject({ ok: false, code: "rate_limited" });
    const after = await tableCounts();
    expect({ ...after, rateLimits: before.rateLimits }).toEqual(before);
    expect(await db().user.count({ where: { email } })).toBe(0);
  });
});

describe("resendConfirmation", () => {
  it("gives an unknown email the same answer and sends nothing", async () => {
    const before = await tableCounts();
    const result = await submit(zResendConfirmation, { email: "Nobody@Example.com" }, (input) => resendConfirmation(input, info));
    expect(result).toEqual({ ok: true, email: "nobody@example.com" });
    expect(await outboxFor("nobody@example.com")).toHaveLength(0);
    expect(await db().user.count()).toBe(before.users);
    expect(await db().emailToken.count()).toBe(before.tokens);
  });

  it("sends an unconfirmed account a fresh link and voids the old one", async () => {
    const user = await createUser("CONFIRM_EMAIL");
    await resendConfirmation({ email: user.email }, info);
    const first = tokenIn((await outboxFor(user.email))[0].body);
    await resendConfirmation({ email: user.email }, info);
    const second = tokenIn((await outboxFor(user.email))[1].body);
    expect(await inspectConfirmationLink(first)).toBe("used");
    expect(await inspectConfirmationLink(second)).toBe("valid");
  });

  it("sends a complete account the account-exists notice instead of a link", async () => {
    const user = await createUser("COMPLETE");
    expect(await resendConfirmation({ email: user.email }, info)).toEqual({ ok: true, email: user.email });
    const outbox = await outboxFor(user.email);
    expect(outbox.map((m) => m.template)).toEqual(["account-exists"]);
    expect(await db().emailToken.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a malformed email and changes nothing", async () => {
    const before = await tableCounts();
    const result = await submit(zResendConfirmation, { email: "nope@" }, (input) => resendConfirmation(input, info));
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await tableCounts()).toEqual(before);
  });
});

describe("a new account's language and time zone", () => {
  it("keeps the language of the request and the browser's zone, and writes the confirmation email in that language", async () => {
    const result = await submit(
      zStartSignUp,
      { email: "nueva@example.com", confirmEmail: "nueva@example.com", accountType: "APPLICANT", timeZone: "America/Chicago" },
      (input) => startSignUp({ ...input, locale: "es" }, info),
    );
    expect(result).toMatchObject({ ok: true });
    const user = await db().user.findUniqueOrThrow({ where: { email: "nueva@example.com" } });
    expect(user).toMatchObject({ locale: "es", timeZone: "America/Chicago" });
    const [email] = await outboxFor("nueva@example.com");
    expect(email.subject).toMatch(/^Confirme su dirección de correo electrónico \| /);
    expect(email.body).toContain("Gracias por crear una cuenta.");
    expect(email.html).toMatch(/^<!doctype html><html lang="es">/);
  });

  it.each([
    ["not a zone", "Mars/Olympus_Mons"],
    ["empty", ""],
    ["markup", "<script>"],
  ])("ignores a time zone that is %s (English and no zone when nothing is known)", async (_, timeZone) => {
    const address = `zone-${timeZone.length}-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const result = await submit(zStartSignUp, { email: address, confirmEmail: address, accountType: "APPLICANT", timeZone }, (input) =>
      startSignUp(input, info),
    );
    expect(result).toMatchObject({ ok: true });
    expect(await db().user.findUniqueOrThrow({ where: { email: address } })).toMatchObject({ locale: "en", timeZone: null });
  });

  it("ignores a missing time zone", async () => {
    await submit(zStartSignUp, { email: "nozone@example.com", confirmEmail: "nozone@example.com", accountType: "APPLICANT" }, (input) =>
      startSignUp({ ...input, locale: "es" }, info),
    );
    expect(await db().user.findUniqueOrThrow({ where: { email: "nozone@example.com" } })).toMatchObject({ locale: "es", timeZone: null });
  });

  it("does not change the language or zone of an account that already exists", async () => {
    await submit(zStartSignUp, { email: "first@example.com", confirmEmail: "first@example.com", accountType: "APPLICANT" }, (input) =>
      startSignUp(input, info),
    );
    await submit(
      zStartSignUp,
      { email: "first@example.com", confirmEmail: "first@example.com", accountType: "APPLICANT", timeZone: "Asia/Tokyo" },
      (input) => startSignUp({ ...input, locale: "es" }, info),
    );
    expect(await db().user.findUniqueOrThrow({ where: { email: "first@example.com" } })).toMatchObject({ locale: "en", timeZone: null });
  });
});
