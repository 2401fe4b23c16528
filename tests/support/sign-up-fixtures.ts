// Helpers for integration tests of the sign-up domain: people at a given step, sessions built from
// database rows (what lib/auth would hand to an action), and the codes and links in the outbox.
import { db } from "@/lib/db";
import type { RequestInfo } from "@/lib/http/request-info";
import { createSession, findLiveSession, type CurrentSession } from "@/lib/sessions/sessions";
import type { RegistrationStep, SessionLevel } from "@/lib/generated/prisma/client";

export const info: RequestInfo = { ip: "203.0.113.7", userAgent: "vitest integration", requestId: "test-request" };

/** A password that meets every rule and is on no list. */
export const GOOD_PASSWORD = "Tangerine-Lantern-42!";

let counter = 0;
export function uniqueEmail(prefix = "applicant"): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}${counter}@example.com`;
}

export async function createUser(step: RegistrationStep, email = uniqueEmail()): Promise<{ id: string; email: string }> {
  return db().user.create({
    data: { email, registrationStep: step, emailConfirmedAt: step === "CONFIRM_EMAIL" ? null : new Date() },
    select: { id: true, email: true },
  });
}

/** A live session for the user, read back the way every request reads it (findLiveSession). */
export async function sessionFor(userId: string, level: SessionLevel = "REGISTRATION"): Promise<CurrentSession & { token: string }> {
  const token = await db().$transaction((tx) => createSession(tx, userId, level, ["email-link"], info));
  const session = await findLiveSession(token, { touch: false });
  if (!session) throw new Error("the session just created is not live");
  return { ...session, token };
}

/** Re-reads the session (its user's step changes as they advance). */
export async function refresh(session: CurrentSession & { token: string }): Promise<CurrentSession & { token: string }> {
  const live = await findLiveSession(session.token, { touch: false });
  if (!live) throw new Error("the session is no longer live");
  return { ...live, token: session.token };
}

export function outboxFor(to: string) {
  return db().outboundMessage.findMany({ where: { to }, orderBy: { createdAt: "asc" } });
}

export function codeIn(body: string | null | undefined): string {
  const match = /\b(\d{6})\b/.exec(body ?? "");
  if (!match) throw new Error(`no 6-digit code in: ${body}`);
  return match[1];
}

export function tokenIn(body: string | null | undefined): string {
  const match = /[?&]token=([A-Za-z0-9_-]{43})\b/.exec(body ?? "");
  if (!match) throw new Error(`no confirmation link in: ${body}`);
  return match[1];
}

/** The newest message of a template sent to an address. */
export async function latestMessage(to: string, template?: string) {
  const row = await db().outboundMessage.findFirst({ where: { to, ...(template ? { template } : {}) }, orderBy: { createdAt: "desc" } });
  if (!row) throw new Error(`no ${template ?? ""} message to ${to}`);
  return row;
}

/** The newest 6-digit code sent to an address (email or phone). */
export async function latestCode(to: string): Promise<string> {
  return codeIn((await latestMessage(to, "verification-code")).body);
}

// ---------------------------------------------------------------------------------------------
// Driving the real sign-up functions up to a step.

type Journey = { user: { id: string; email: string }; session: CurrentSession & { token: string }; totpSecret?: string };
export type MfaChoice = "EMAIL" | "SMS" | "EMAIL_SMS" | "TOTP";
const ORDER: RegistrationStep[] = ["CONFIRM_EMAIL", "TERMS", "PASSWORD", "MFA_METHOD", "MFA_VERIFY", "BACKUP_CODE", "SECURITY_QUESTIONS", "COMPLETE"];

function expectOk(result: { ok: boolean }, what: string): void {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result)}`);
}

/**
 * A person who has gone through sign-up with the real functions and now stands at `step`, with
 * the session they would have (the sign-up session; a full one after COMPLETE).
 */
export async function signedUpTo(
  step: Exclude<RegistrationStep, "CONFIRM_EMAIL">,
  options: { email?: string; method?: MfaChoice; phone?: string } = {},
): Promise<Journey> {
  const { startSignUp } = await import("@/lib/registration/start-sign-up");
  const { confirmEmail } = await import("@/lib/registration/confirm-email");
  const { acceptTerms } = await import("@/lib/registration/accept-terms");
  const { setSignUpPassword } = await import("@/lib/registration/set-password");
  const { chooseMfaMethod } = await import("@/lib/registration/choose-mfa-method");
  const { verifySignUpCode } = await import("@/lib/registration/verify-mfa");
  const { issueSignUpBackupCode, confirmBackupCodeSaved } = await import("@/lib/registration/backup-code-step");
  const { completeSignUp } = await import("@/lib/registration/security-questions-step");
  const { readTotpSecret } = await import("@/lib/mfa/totp");
  const { generate } = await import("otplib");

  const email = options.email ?? uniqueEmail();
  const method = options.method ?? "EMAIL";
  const phone = options.phone ?? "(202) 555-0143";
  const reached = (s: RegistrationStep) => ORDER.indexOf(step) <= ORDER.indexOf(s);

  // Sign-up from several "networks", so the per-address limit never gets in the way of fixtures.
  const quiet: RequestInfo = { ...info, ip: null };
  expectOk(await startSignUp({ email, confirmEmail: email }, quiet), "startSignUp");
  const confirmed = await confirmEmail(tokenIn((await latestMessage(email, "confirm-email")).body), quiet);
  if (!confirmed.ok) throw new Error(`confirmEmail failed: ${confirmed.state}`);
  let session = await refresh({ ...(await findLiveSession(confirmed.sessionToken, { touch: false }))!, token: confirmed.sessionToken });
  const user = { id: session.user.id, email };
  let totpSecret: string | undefined;

  if (!reached("TERMS")) {
    expectOk(await acceptTerms(session, { agree: "yes" }, quiet), "acceptTerms");
  }
  if (!reached("PASSWORD")) {
    expectOk(await setSignUpPassword(session, { password: GOOD_PASSWORD, confirmPassword: GOOD_PASSWORD }, quiet), "setSignUpPassword");
  }
  if (!reached("MFA_METHOD")) {
    expectOk(await chooseMfaMethod(session, { method, phone: method === "SMS" || method === "EMAIL_SMS" ? phone : undefined }, quiet), "chooseMfaMethod");
    if (method === "TOTP") {
      const row = await db().mfaMethod.findFirstOrThrow({ where: { userId: user.id, kind: "TOTP" } });
      totpSecret = readTotpSecret(row.totpSecretEnc!);
    }
  }
  if (!reached("MFA_VERIFY")) {
    let code: string;
    if (totpSecret) code = await generate({ secret: totpSecret });
    else {
      const challenge = await db().otpChallenge.findFirstOrThrow({ where: { userId: user.id, closedAt: null }, orderBy: { createdAt: "desc" } });
      code = await latestCode(challenge.destination);
    }
    expectOk(await verifySignUpCode(session, { code }, quiet), "verifySignUpCode");
  }
  if (!reached("BACKUP_CODE")) {
    await issueSignUpBackupCode(session, quiet);
    expectOk(await confirmBackupCodeSaved(session, { saved: "yes" }), "confirmBackupCodeSaved");
  }
  if (!reached("SECURITY_QUESTIONS")) {
    const done = await completeSignUp(session, { questions: ["1", "2", "3", "4", "5"], answers: ["a1", "a2", "a3", "a4", "a5"] }, quiet);
    if (!done.ok) throw new Error(`completeSignUp failed: ${JSON.stringify(done)}`);
    session = { ...(await findLiveSession(done.sessionToken, { touch: false }))!, token: done.sessionToken };
  }
  session = await refresh(session);
  if (session.user.registrationStep !== step) throw new Error(`expected to stand at ${step}, at ${session.user.registrationStep}`);
  return { user, session, totpSecret };
}

/** Row counts of the tables sign-up writes to, to show that something changed nothing. */
export async function tableCounts(): Promise<Record<string, number>> {
  const client = db();
  const [users, tokens, methods, challenges, backupCodes, answers, sessions, events, outbox, rateLimits] = await Promise.all([
    client.user.count(),
    client.emailToken.count(),
    client.mfaMethod.count(),
    client.otpChallenge.count(),
    client.backupCode.count(),
    client.securityAnswer.count(),
    client.session.count(),
    client.securityEvent.count(),
    client.outboundMessage.count(),
    client.rateLimit.count(),
  ]);
  return { users, tokens, methods, challenges, backupCodes, answers, sessions, events, outbox, rateLimits };
}
