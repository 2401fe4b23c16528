import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmEmail } from "@/lib/registration/confirm-email";
import { startSignUp } from "@/lib/registration/start-sign-up";
import { POLICY } from "@/lib/security-policy";
import { completeSecondStep, sendSignInCode } from "@/lib/auth/second-step";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { issueSignUpBackupCode } from "@/lib/registration/backup-code-step";
import { homeFor } from "@/lib/sessions/home-for";
import { findLiveSession } from "@/lib/sessions/sessions";
import { GOOD_PASSWORD, info, latestCode, latestMessage, signedUpTo, tableCounts, uniqueEmail } from "@/tests/support/factories";
import { runAgencyCommand } from "./command";
import { inviteOfficer } from "./invite-officer";

async function agency(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAgencyCommand(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    cwd: process.cwd(),
    prepare: async () => {},
  });
  return { code, out, err };
}

const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;

describe("create-officer", () => {
  it("prints a one-time link, valid 24 hours, to an officer account that starts at the sign-up steps", async () => {
    const email = uniqueEmail("officer");
    const before = Date.now();
    const { code, out, err } = await agency("create-officer", "--email", email.toUpperCase());
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe(`Invitation for ${email} (officer).`);
    const link = out[1].replace("Invitation link: ", "");
    expect(link).toMatch(/^http:\/\/[^/]+\/sign-up\/confirm\?token=[\w-]{43}$/);
    expect(out[2]).toMatch(/^Valid until .+ UTC, usable once\.$/);

    const user = await db().user.findUniqueOrThrow({ where: { email }, include: { emailTokens: true } });
    expect(user).toMatchObject({ role: "OFFICER", registrationStep: "CONFIRM_EMAIL", passwordHash: null });
    expect(user.emailTokens).toHaveLength(1);
    const ttl = user.emailTokens[0].expiresAt.getTime() - before;
    expect(ttl).toBeGreaterThan(POLICY.emailConfirmationTtlMs - 60_000);
    expect(ttl).toBeLessThanOrEqual(POLICY.emailConfirmationTtlMs + 60_000);
    // Printed, not emailed.
    expect(await db().outboundMessage.count({ where: { to: email } })).toBe(0);

    // The link is the sign-up confirmation: it works once and keeps the officer role.
    const first = await confirmEmail(tokenOf(link), info);
    expect(first).toMatchObject({ ok: true, step: "TERMS" });
    expect(await confirmEmail(tokenOf(link), info)).toEqual({ ok: false, state: "used" });
    expect((await db().user.findUniqueOrThrow({ where: { email } })).role).toBe("OFFICER");
  });

  it("running it again before a password is set replaces the link; the old one stops working", async () => {
    const email = uniqueEmail("officer");
    const first = await inviteOfficer(email);
    const second = await inviteOfficer(email);
    expect(second.renewed).toBe(true);
    expect(await confirmEmail(tokenOf(first.link), info)).toEqual({ ok: false, state: "used" });
    expect(await confirmEmail(tokenOf(second.link), info)).toMatchObject({ ok: true });
  });

  it("refuses an email that belongs to an applicant, or to an officer who already has a password, and changes nothing", async () => {
    const { user: applicant } = await signedUpTo("COMPLETE");
    const { user: officer } = await signedUpTo("COMPLETE");
    await db().user.update({ where: { id: officer.id }, data: { role: "OFFICER" } });
    const counts = await tableCounts();

    const forApplicant = await agency("create-officer", "--email", applicant.email);
    expect(forApplicant.code).toBe(2);
    expect(forApplicant.err).toEqual([
      `${applicant.email} already has an applicant account. An officer needs an account of their own, with a different email address.`,
    ]);
    expect((await db().user.findUniqueOrThrow({ where: { id: applicant.id } })).role).toBe("APPLICANT");

    const forOfficer = await agency("create-officer", "--email", officer.email);
    expect(forOfficer.code).toBe(2);
    expect(forOfficer.err[0]).toContain("already has an officer account with a password");

    expect(await tableCounts()).toEqual(counts);
  });

  it("bad input gets one line and exit code 2", async () => {
    expect(await agency("create-officer")).toMatchObject({
      code: 2,
      err: ["Give the officer's email with --email, like --email officer@agency.example."],
    });
    const bad = await agency("create-officer", "--email", "not-an-email");
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/^Enter an email address in the correct format/);
  });

  it("sign-up never makes an officer: a new account from the sign-up form is an applicant", async () => {
    const email = uniqueEmail("applicant");
    await startSignUp({ email, confirmEmail: email }, info);
    await latestMessage(email, "confirm-email");
    expect((await db().user.findUniqueOrThrow({ where: { email } })).role).toBe("APPLICANT");
  });
});

describe("an officer who left the invitation after verifying the method", () => {
  it("signing in with the password alone asks for the second step, then goes on at the backup code, never the console", async () => {
    const { user } = await signedUpTo("BACKUP_CODE");
    await db().user.update({ where: { id: user.id }, data: { role: "OFFICER" } });
    const result = await signInWithPassword({ email: user.email, password: GOOD_PASSWORD }, info);
    expect(result).toMatchObject({ ok: true, level: "PASSWORD_ONLY" });
    if (!result.ok) return;
    const session = (await findLiveSession(result.sessionToken, { touch: false }))!;
    expect(homeFor(session)).toBe("/sign-in/verify");
    expect(await issueSignUpBackupCode(session, info)).toBeNull();

    await db().otpChallenge.updateMany({ where: { userId: user.id }, data: { createdAt: new Date(Date.now() - 7_200_000) } });
    expect(await sendSignInCode(session, { channel: "EMAIL" })).toMatchObject({ ok: true });
    const done = await completeSecondStep(session, { code: await latestCode(user.email) }, info);
    if (!done.ok) throw new Error(`second step failed: ${JSON.stringify(done)}`);
    const next = (await findLiveSession(done.sessionToken, { touch: false }))!;
    expect(next).toMatchObject({ level: "REGISTRATION", user: { role: "OFFICER" } });
    expect(homeFor(next)).toBe("/sign-up/backup-code");
    // A new invitation cannot reopen the account either.
    await expect(inviteOfficer(user.email)).rejects.toThrow(/already has an officer account with a password/);
  });
});
