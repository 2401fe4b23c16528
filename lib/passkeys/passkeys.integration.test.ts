import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { POLICY } from "@/lib/security-policy";
import { findLiveSession, type CurrentSession } from "@/lib/sessions/sessions";
import { GOOD_PASSWORD, info, latestMessage, signedUpTo } from "@/tests/support/factories";
import { SoftwarePasskey } from "@/tests/support/software-passkey";
import { submit } from "@/tests/support/action-input";
import { confirmItsYouWithPasskey, passkeyAuthenticationOptions, PASSKEY_FAILED_MESSAGE, signInWithPasskey } from "./authenticate-passkey";
import { listPasskeys } from "./list-passkeys";
import { MAX_PASSKEYS, passkeyRegistrationOptions, registerPasskey, zAddPasskey, zPasskeyOptions } from "./register-passkey";
import { removePasskey, zRemovePasskey } from "./remove-passkey";
import { inEnglish } from "@/tests/support/english";

type Session = CurrentSession & { token: string };

/** A finished account whose full session passed its second step just now (or `minutesAgo`). */
async function signedIn(minutesAgo = 0): Promise<{ user: { id: string; email: string }; session: Session }> {
  const { user, session } = await signedUpTo("COMPLETE");
  await db().session.update({ where: { id: session.id }, data: { secondStepAt: new Date(Date.now() - minutesAgo * 60_000) } });
  return { user, session: { ...(await findLiveSession(session.token, { touch: false }))!, token: session.token } };
}

async function storedChallenge(sessionId: string) {
  return db().session.findUniqueOrThrow({
    where: { id: sessionId },
    select: { webauthnChallenge: true, webauthnChallengeExpiresAt: true },
  });
}

async function addPasskey(session: Session, device = new SoftwarePasskey(), name = "Test key"): Promise<SoftwarePasskey> {
  // Both steps post the form as the settings page does (the name is trimmed by its schema).
  const options = await submit(zPasskeyOptions, { name }, (input) => passkeyRegistrationOptions(session, input));
  if (!options.ok) throw new Error(`options refused: ${options.message}`);
  const response = device.register(options.options.challenge);
  const added = await submit(zAddPasskey, { name, response }, (input) => registerPasskey(session, input, info));
  if (!added.ok) throw new Error(`registration refused: ${added.message}`);
  return device;
}

async function passwordOnly(email: string): Promise<Session> {
  const result = await signInWithPassword({ email, password: GOOD_PASSWORD }, info);
  if (!result.ok || result.level !== "PASSWORD_ONLY") throw new Error("sign-in failed");
  return { ...(await findLiveSession(result.sessionToken, { touch: false }))!, token: result.sessionToken };
}

async function counts(userId: string) {
  const [passkeys, events, outbox] = await Promise.all([
    db().passkey.count({ where: { userId } }),
    db().securityEvent.count({ where: { userId } }),
    db().outboundMessage.count(),
  ]);
  return { passkeys, events, outbox };
}

describe("adding a passkey", () => {
  it("asks for a resident key and user verification, excludes the person's passkeys and keeps a 5-minute challenge", async () => {
    const { user, session } = await signedIn();
    const existing = await addPasskey(session);
    const options = await passkeyRegistrationOptions(session, { name: "Phone" });
    if (!options.ok) throw new Error(options.message);
    expect(options.options.rp).toEqual({ id: "localhost", name: "Immigration Services Agency (demo) applicant portal" });
    expect(options.options.user.name).toBe(user.email);
    expect(options.options.excludeCredentials?.map((c) => c.id)).toEqual([existing.id]);
    expect(options.options.authenticatorSelection).toMatchObject({ residentKey: "preferred", userVerification: "required" });
    const stored = await storedChallenge(session.id);
    expect(stored.webauthnChallenge).toBe(options.options.challenge);
    expect(stored.webauthnChallengeExpiresAt!.getTime() - Date.now()).toBeGreaterThan(4.9 * 60_000);
    expect(stored.webauthnChallengeExpiresAt!.getTime() - Date.now()).toBeLessThanOrEqual(5 * 60_000);
  });

  it("keeps a verified passkey, emails a notice and records the change", async () => {
    const { user, session } = await signedIn();
    const device = await addPasskey(session, undefined, "  Work laptop ");
    const [row] = await db().passkey.findMany({ where: { userId: user.id } });
    expect(row).toMatchObject({
      credentialId: device.id,
      name: "Work laptop",
      counter: BigInt(0),
      transports: ["internal"],
      lastUsedAt: null,
    });
    expect((await latestMessage(user.email, "security-notice")).subject).toMatch(/^A passkey was added/);
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "passkey.added" } })).toBe(1);
    expect((await storedChallenge(session.id)).webauthnChallenge).toBeNull();
    expect((await listPasskeys(user)).map((p) => p.name)).toEqual(["Work laptop"]);
  });

  it("refuses a missing, expired or reused challenge and a garbage or tampered response, changing nothing", async () => {
    const { user, session } = await signedIn();
    const before = await counts(user.id);
    const device = new SoftwarePasskey();

    // No ceremony started.
    expect(await registerPasskey(session, { name: "Key", response: device.register("made-up-challenge") }, info)).toMatchObject({
      ok: false,
      code: "passkey_expired",
    });

    // Expired.
    let options = await passkeyRegistrationOptions(session, { name: "Key" });
    if (!options.ok) throw new Error(options.message);
    await db().session.update({ where: { id: session.id }, data: { webauthnChallengeExpiresAt: new Date(Date.now() - 1000) } });
    expect(await registerPasskey(session, { name: "Key", response: device.register(options.options.challenge) }, info)).toMatchObject({
      ok: false,
      code: "passkey_expired",
    });
    expect((await storedChallenge(session.id)).webauthnChallenge).toBeNull();

    // Garbage, then the same challenge again (already used up by the garbage).
    options = await passkeyRegistrationOptions(session, { name: "Key" });
    if (!options.ok) throw new Error(options.message);
    for (const garbage of [
      "",
      "not json",
      "{}",
      JSON.stringify({ id: "x", rawId: "x", type: "public-key", response: { clientDataJSON: "AA", attestationObject: "AA" } }),
      "x".repeat(40_000),
    ]) {
      const result = await registerPasskey(session, { name: "Key", response: garbage }, info);
      expect(result.ok).toBe(false);
    }
    expect((await storedChallenge(session.id)).webauthnChallenge).toBeNull();
    expect(await registerPasskey(session, { name: "Key", response: device.register(options.options.challenge) }, info)).toMatchObject({
      ok: false,
      code: "passkey_expired",
    });

    // Made for another site, or without user verification.
    for (const tamper of [{ origin: "https://evil.example" }, { userVerified: false }]) {
      options = await passkeyRegistrationOptions(session, { name: "Key" });
      if (!options.ok) throw new Error(options.message);
      expect(
        await registerPasskey(session, { name: "Key", response: device.register(options.options.challenge, tamper) }, info),
      ).toMatchObject({ ok: false, code: "passkey_not_added" });
      expect((await storedChallenge(session.id)).webauthnChallenge).toBeNull();
    }
    expect(await counts(user.id)).toEqual(before);
  });

  it("refuses a passkey already added to an account, and more than the most a person may have", async () => {
    const first = await signedIn();
    const device = await addPasskey(first.session);
    const second = await signedIn();
    const options = await passkeyRegistrationOptions(second.session, { name: "Shared" });
    if (!options.ok) throw new Error(options.message);
    expect(
      await registerPasskey(second.session, { name: "Shared", response: device.register(options.options.challenge) }, info),
    ).toMatchObject({ ok: false, code: "passkey_exists" });
    expect(await db().passkey.count({ where: { userId: second.user.id } })).toBe(0);

    await db().passkey.createMany({
      data: Array.from({ length: MAX_PASSKEYS }, (_, i) => ({
        userId: second.user.id,
        credentialId: `cred-${i}`,
        publicKey: new Uint8Array([1]),
        deviceType: "singleDevice",
        name: `Key ${i}`,
      })),
    });
    expect(await passkeyRegistrationOptions(second.session, { name: "One more" })).toMatchObject({ ok: false, code: "too_many_passkeys" });
    expect((await storedChallenge(second.session.id)).webauthnChallenge).toBeNull();
  });

  it("refuses a bad name with a field message and starts nothing", async () => {
    const { session } = await signedIn();
    for (const name of ["", "   ", "x".repeat(61), "tab\there", undefined]) {
      const result = await submit(zPasskeyOptions, name === undefined ? {} : { name }, (input) =>
        passkeyRegistrationOptions(session, input),
      );
      expect(result).toMatchObject({ ok: false, code: "invalid_input" });
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toEqual(["name"]);
    }
    expect((await storedChallenge(session.id)).webauthnChallenge).toBeNull();
  });

  it("needs a second step within the last 20 minutes", async () => {
    const { user, session } = await signedIn(21);
    expect(await passkeyRegistrationOptions(session, { name: "Key" })).toMatchObject({ ok: false, code: "reauth_required" });
    expect(await registerPasskey(session, { name: "Key", response: "{}" }, info)).toMatchObject({ ok: false, code: "reauth_required" });
    expect(await db().passkey.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("removing a passkey", () => {
  it("removes one's own passkey with a notice; another person's passkey is not touched", async () => {
    const owner = await signedIn();
    const other = await signedIn();
    await addPasskey(owner.session);
    const [passkey] = await db().passkey.findMany({ where: { userId: owner.user.id } });
    const before = await counts(owner.user.id);

    expect(await removePasskey(other.session, { passkeyId: passkey.id }, info)).toMatchObject({ ok: false, code: "not_found" });
    expect(await submit(zRemovePasskey, { passkeyId: "not-a-uuid" }, (input) => removePasskey(other.session, input, info))).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await counts(owner.user.id)).toEqual(before);
    expect(await db().securityEvent.count({ where: { userId: other.user.id, kind: "passkey.removed" } })).toBe(0);

    expect(await removePasskey(owner.session, { passkeyId: passkey.id }, info)).toMatchObject({ ok: true, name: "Test key" });
    expect(await db().passkey.count({ where: { userId: owner.user.id } })).toBe(0);
    expect((await latestMessage(owner.user.email, "security-notice")).subject).toMatch(/^A passkey was removed/);
    expect(await db().securityEvent.count({ where: { userId: owner.user.id, kind: "passkey.removed" } })).toBe(1);
    expect(await removePasskey(owner.session, { passkeyId: passkey.id }, info)).toMatchObject({ ok: false, code: "not_found" });
  });

  it("needs a second step within the last 20 minutes", async () => {
    const { user, session } = await signedIn();
    await addPasskey(session);
    const [passkey] = await db().passkey.findMany({ where: { userId: user.id } });
    await db().session.update({ where: { id: session.id }, data: { secondStepAt: new Date(Date.now() - 21 * 60_000) } });
    const stale = { ...session, secondStepAt: new Date(Date.now() - 21 * 60_000) };
    expect(await removePasskey(stale, { passkeyId: passkey.id }, info)).toMatchObject({ ok: false, code: "reauth_required" });
    expect(await db().passkey.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("a passkey as the second step", () => {
  it("signs in: the password-only session becomes a full one, the passkey's use and counter are recorded", async () => {
    const { user, session } = await signedIn();
    const device = await addPasskey(session);
    const half = await passwordOnly(user.email);
    const options = await passkeyAuthenticationOptions(half);
    if (!options.ok) throw new Error(options.message);
    expect(options.options.allowCredentials?.map((c) => c.id)).toEqual([device.id]);
    expect(options.options.userVerification).toBe("required");
    expect(options.options.rpId).toBe("localhost");

    const done = await signInWithPasskey(half, { response: device.authenticate(options.options.challenge) }, info);
    if (!done.ok) throw new Error(done.message);
    expect(await findLiveSession(half.token, { touch: false })).toBeNull();
    expect((await findLiveSession(done.sessionToken, { touch: false }))?.level).toBe("FULL");
    const row = await db().passkey.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.counter).toBe(BigInt(1));
    expect(row.lastUsedAt).not.toBeNull();
    const event = await db().securityEvent.findFirstOrThrow({
      where: { userId: user.id, kind: "sign_in.succeeded" },
      orderBy: { at: "desc" },
    });
    expect(event.detail).toEqual({ method: "passkey" });
  });

  it("refuses a replayed answer, a counter that went backwards and another person's passkey, each counted as a wrong code", async () => {
    const { user, session } = await signedIn();
    const device = await addPasskey(session);
    const stranger = await signedIn();
    const strangerDevice = await addPasskey(stranger.session);
    const half = await passwordOnly(user.email);

    let options = await passkeyAuthenticationOptions(half);
    if (!options.ok) throw new Error(options.message);
    const answer = device.authenticate(options.options.challenge, { counter: 5 });
    // The challenge is single use: the first answer uses it up, whatever happens next.
    expect(await signInWithPasskey(half, { response: "garbage" }, info)).toMatchObject({
      ok: false,
      code: "passkey_failed",
      message: PASSKEY_FAILED_MESSAGE,
    });
    expect(await signInWithPasskey(half, { response: answer }, info)).toMatchObject({ ok: false, code: "passkey_expired" });

    await db().passkey.updateMany({ where: { userId: user.id }, data: { counter: BigInt(10) } });
    options = await passkeyAuthenticationOptions(half);
    if (!options.ok) throw new Error(options.message);
    expect(await signInWithPasskey(half, { response: device.authenticate(options.options.challenge, { counter: 9 }) }, info)).toMatchObject(
      { ok: false, code: "passkey_failed" },
    );

    options = await passkeyAuthenticationOptions(half);
    if (!options.ok) throw new Error(options.message);
    expect(await signInWithPasskey(half, { response: strangerDevice.authenticate(options.options.challenge) }, info)).toMatchObject({
      ok: false,
      code: "passkey_failed",
    });

    for (const tamper of [
      { counter: 11, userVerified: false },
      { counter: 12, origin: "https://evil.example" },
    ]) {
      options = await passkeyAuthenticationOptions(half);
      if (!options.ok) throw new Error(options.message);
      expect(await signInWithPasskey(half, { response: device.authenticate(options.options.challenge, tamper) }, info)).toMatchObject({
        ok: false,
        code: "passkey_failed",
      });
    }

    const row = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { failedOtpAttempts: true } });
    expect(row.failedOtpAttempts).toBe(5);
    expect(await db().securityEvent.count({ where: { userId: user.id, kind: "mfa.code_failed" } })).toBe(5);
    expect((await findLiveSession(half.token, { touch: false }))?.level).toBe("PASSWORD_ONLY");
    expect((await db().passkey.findFirstOrThrow({ where: { userId: user.id } })).lastUsedAt).toBeNull();
  });

  it("the tenth failure locks the second step, and a locked second step refuses even a good passkey", async () => {
    const { user, session } = await signedIn();
    const device = await addPasskey(session);
    const half = await passwordOnly(user.email);
    let last;
    for (let i = 0; i < POLICY.signIn.otpLockAfterFailures; i++) {
      const options = await passkeyAuthenticationOptions(half);
      if (!options.ok) throw new Error(options.message);
      last = await signInWithPasskey(half, { response: "{}" }, info);
    }
    expect(inEnglish(last)).toMatchObject({ ok: false, message: expect.stringContaining("locked") });
    expect(await passkeyAuthenticationOptions(half)).toMatchObject({ ok: false, code: "code_locked" });
    await db().session.update({
      where: { id: half.id },
      data: { webauthnChallenge: "c2VlZA", webauthnChallengeExpiresAt: new Date(Date.now() + 60_000) },
    });
    expect(await signInWithPasskey(half, { response: device.authenticate("c2VlZA") }, info)).toMatchObject({
      ok: false,
      code: "code_locked",
    });
    expect((await storedChallenge(half.id)).webauthnChallenge).toBeNull();
  });

  it("offers nothing to a person without a passkey", async () => {
    const { user } = await signedIn();
    const half = await passwordOnly(user.email);
    expect(await passkeyAuthenticationOptions(half)).toMatchObject({ ok: false, code: "no_passkey" });
    expect(await signInWithPasskey(half, { response: "{}" }, info)).toMatchObject({ ok: false, code: "passkey_expired" });
    expect(await confirmItsYouWithPasskey(half, { response: "{}" }, info)).toMatchObject({ ok: false, code: "wrong_step" });
  });

  it("passes the re-check in settings, but does not sign in a full session twice", async () => {
    const { user, session } = await signedIn();
    const device = await addPasskey(session);
    await db().session.update({ where: { id: session.id }, data: { secondStepAt: new Date(Date.now() - 21 * 60_000) } });
    const stale = { ...session, secondStepAt: new Date(Date.now() - 21 * 60_000) };
    expect(await signInWithPasskey(stale, { response: "{}" }, info)).toMatchObject({ ok: false, code: "wrong_step" });

    const options = await passkeyAuthenticationOptions(stale);
    if (!options.ok) throw new Error(options.message);
    const passed = await confirmItsYouWithPasskey(stale, { response: device.authenticate(options.options.challenge) }, info);
    expect(passed).toEqual({ ok: true, sessionToken: expect.any(String) });
    if (!passed.ok) return;
    // The re-check gives the session a new token; the old one no longer works.
    expect(await findLiveSession(session.token, { touch: false })).toBeNull();
    const live = await findLiveSession(passed.sessionToken, { touch: false });
    expect(live!.id).toBe(session.id);
    expect(Date.now() - live!.secondStepAt!.getTime()).toBeLessThan(60_000);
    const event = await db().securityEvent.findFirstOrThrow({ where: { userId: user.id, kind: "reauth.succeeded" } });
    expect(event.detail).toEqual({ method: "passkey" });
  });
});
