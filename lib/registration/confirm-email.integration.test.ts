import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { randomToken, sha256Hex } from "@/lib/crypto/tokens";
import { findLiveSession } from "@/lib/sessions/sessions";
import { info, latestMessage, signedUpTo, tableCounts, tokenIn, uniqueEmail } from "@/tests/support/factories";
import { inviteOfficer } from "@/lib/agency/invite-officer";
import { confirmationLinkAccountType, confirmEmail, inspectConfirmationLink } from "./confirm-email";
import { resendConfirmation, startSignUp } from "./start-sign-up";

async function newSignUp(): Promise<{ email: string; token: string }> {
  const email = uniqueEmail();
  await startSignUp({ email, confirmEmail: email }, info);
  return { email, token: tokenIn((await latestMessage(email, "confirm-email")).body) };
}

describe("inspectConfirmationLink / confirmEmail", () => {
  it("a valid link confirms the address once, moves to the terms and starts a sign-up session", async () => {
    const { email, token } = await newSignUp();
    expect(await inspectConfirmationLink(token)).toBe("valid");
    // Inspecting (what a link scanner's GET does) uses nothing up.
    expect(await inspectConfirmationLink(token)).toBe("valid");

    const result = await confirmEmail(token, info);
    expect(result).toMatchObject({ ok: true, step: "TERMS" });
    if (!result.ok) return;

    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(user.registrationStep).toBe("TERMS");
    expect(user.emailConfirmedAt).toBeInstanceOf(Date);
    const row = await db().emailToken.findUniqueOrThrow({ where: { tokenHash: sha256Hex(token) } });
    expect(row.usedAt).toBeInstanceOf(Date);

    const session = await findLiveSession(result.sessionToken, { touch: false });
    expect(session).toMatchObject({ level: "REGISTRATION", user: { id: user.id, email, registrationStep: "TERMS" } });
    const sessionRow = await db().session.findUniqueOrThrow({ where: { tokenHash: sha256Hex(result.sessionToken) } });
    expect(sessionRow).toMatchObject({ authMethods: ["email-link"], ip: info.ip, userAgent: info.userAgent, revokedAt: null });
    expect((await db().securityEvent.findMany({ where: { userId: user.id } })).map((e) => e.kind)).toContain("email.confirmed");
  });

  it("a second use fails and changes nothing", async () => {
    const { token } = await newSignUp();
    expect((await confirmEmail(token, info)).ok).toBe(true);
    const before = await tableCounts();
    expect(await inspectConfirmationLink(token)).toBe("used");
    expect(await confirmEmail(token, info)).toEqual({ ok: false, state: "used" });
    expect(await tableCounts()).toEqual(before);
  });

  it("two presses at once: exactly one succeeds", async () => {
    const { email, token } = await newSignUp();
    const results = await Promise.all([confirmEmail(token, info), confirmEmail(token, info)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, state: "used" });
    expect(await db().session.count({ where: { user: { email } } })).toBe(1);
  });

  it("an expired link is refused and changes nothing", async () => {
    const { email, token } = await newSignUp();
    await db().emailToken.update({ where: { tokenHash: sha256Hex(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await inspectConfirmationLink(token)).toBe("expired");
    const before = await tableCounts();
    expect(await confirmEmail(token, info)).toEqual({ ok: false, state: "expired" });
    expect(await tableCounts()).toEqual(before);
    expect((await db().user.findUniqueOrThrow({ where: { email } })).registrationStep).toBe("CONFIRM_EMAIL");
  });

  it("a tampered, unknown or malformed token is invalid", async () => {
    const { token } = await newSignUp();
    const flipped = `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;
    for (const bad of [flipped, randomToken(), token.slice(0, 42), `${token}A`, `${token.slice(0, 42)}!`, "", "x".repeat(5000)]) {
      expect(await inspectConfirmationLink(bad), bad.slice(0, 50)).toBe("invalid");
      expect(await confirmEmail(bad, info)).toEqual({ ok: false, state: "invalid" });
    }
    expect(await inspectConfirmationLink(token)).toBe("valid");
  });

  it("a password-reset token is not a confirmation link", async () => {
    const { email } = await newSignUp();
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    const token = randomToken();
    await db().emailToken.create({
      data: { userId: user.id, purpose: "RESET_PASSWORD", tokenHash: sha256Hex(token), expiresAt: new Date(Date.now() + 60_000) },
    });
    expect(await inspectConfirmationLink(token)).toBe("invalid");
    expect(await confirmEmail(token, info)).toEqual({ ok: false, state: "invalid" });
  });

  it("a fresh link lets someone on the terms step back in, without moving them", async () => {
    const { user } = await signedUpTo("TERMS");
    await resendConfirmation({ email: user.email }, info);
    const token = tokenIn((await latestMessage(user.email, "confirm-email")).body);
    const result = await confirmEmail(token, info);
    expect(result).toMatchObject({ ok: true, step: "TERMS" });
  });

  it("past the password step, an unused link no longer signs anyone in", async () => {
    const { user } = await signedUpTo("TERMS");
    await resendConfirmation({ email: user.email }, info);
    const token = tokenIn((await latestMessage(user.email, "confirm-email")).body);
    // They carry on in the first tab and set a password…
    await db().user.update({ where: { id: user.id }, data: { registrationStep: "MFA_METHOD", passwordHash: "x" } });
    const sessions = await db().session.count({ where: { userId: user.id } });
    expect(await confirmEmail(token, info)).toEqual({ ok: false, state: "used" });
    expect(await db().session.count({ where: { userId: user.id } })).toBe(sessions);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("MFA_METHOD");
  });

  it("the type chosen on the confirmation page is the account's, whatever a later sign-up with the same address chose", async () => {
    const email = uniqueEmail();
    await startSignUp({ email, confirmEmail: email, accountType: "APPLICANT" }, info);
    // Someone else, knowing the address, signs it up again as a representative: the newest link shows that type.
    await startSignUp({ email, confirmEmail: email, accountType: "REPRESENTATIVE" }, info);
    const token = tokenIn((await latestMessage(email, "confirm-email")).body);
    expect(await confirmationLinkAccountType(token)).toBe("REPRESENTATIVE");

    // The person who opens the email chooses again on the page.
    expect(await confirmEmail(token, info, "APPLICANT")).toMatchObject({ ok: true, step: "TERMS" });
    expect((await db().user.findUniqueOrThrow({ where: { email } })).role).toBe("APPLICANT");
  });

  it("an officer's invitation offers no type, and a type posted with it changes nothing", async () => {
    const invitation = await inviteOfficer(uniqueEmail());
    const token = new URL(invitation.link).searchParams.get("token")!;
    expect(await confirmationLinkAccountType(token)).toBeNull();
    expect(await confirmEmail(token, info, "REPRESENTATIVE")).toMatchObject({ ok: true });
    expect((await db().user.findUniqueOrThrow({ where: { email: invitation.email } })).role).toBe("OFFICER");
  });
});
