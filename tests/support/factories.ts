// The one module integration tests arrange rows with: people at a sign-up step, sessions built from
// database rows (what lib/auth would hand to an action), finished accounts part-way through signing
// in, settings sessions, applicants with a case and officers for the message tests, and the codes and
// links in the outbox. Rows are made through lib's own functions wherever one exists.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { solveChallenge } from "altcha-lib/v1";
import { requestEmailChange } from "@/lib/account/change-email";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { createPaperCase } from "@/lib/cases/agency-operations";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";
import type { RegistrationStep, SessionLevel } from "@/lib/generated/prisma/client";
import type { RequestInfo } from "@/lib/http/request-info";
import { createSession, findLiveSession, type CurrentSession } from "@/lib/sessions/sessions";
import { resetFileStorage } from "@/lib/storage/storage";
import { codeIn } from "./smtp-sink";
import { GOOD_PASSWORD, uniqueEmail } from "./test-data";

export { codeIn, GOOD_PASSWORD, uniqueEmail };
export { PDF } from "./test-data";

// ---------------------------------------------------------------------------------------------
// Sign-up: people at a step, their sessions, the outbox.

export const info: RequestInfo = { ip: "203.0.113.7", userAgent: "vitest integration", requestId: "test-request" };

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
const ORDER: RegistrationStep[] = [
  "CONFIRM_EMAIL",
  "TERMS",
  "PASSWORD",
  "MFA_METHOD",
  "MFA_VERIFY",
  "BACKUP_CODE",
  "SECURITY_QUESTIONS",
  "COMPLETE",
];

function expectOk(result: { ok: boolean }, what: string): void {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result)}`);
}

/**
 * A person who has gone through sign-up with the real functions and now stands at `step`, with
 * the session they would have (the sign-up session; a full one after COMPLETE).
 */
export async function signedUpTo(
  step: Exclude<RegistrationStep, "CONFIRM_EMAIL">,
  options: { email?: string; method?: MfaChoice; phone?: string; accountType?: "APPLICANT" | "REPRESENTATIVE" } = {},
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
  expectOk(await startSignUp({ email, confirmEmail: email, accountType: options.accountType }, quiet), "startSignUp");
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
    expectOk(
      await chooseMfaMethod(session, { method, phone: method === "SMS" || method === "EMAIL_SMS" ? phone : undefined }, quiet),
      "chooseMfaMethod",
    );
    if (method === "TOTP") {
      const row = await db().mfaMethod.findFirstOrThrow({ where: { userId: user.id, kind: "TOTP" } });
      totpSecret = readTotpSecret(row.totpSecretEnc!);
    }
  }
  if (!reached("MFA_VERIFY")) {
    let code: string;
    if (totpSecret) code = await generate({ secret: totpSecret });
    else {
      const challenge = await db().otpChallenge.findFirstOrThrow({
        where: { userId: user.id, closedAt: null },
        orderBy: { createdAt: "desc" },
      });
      code = await latestCode(challenge.destination);
    }
    expectOk(await verifySignUpCode(session, { code }, quiet), "verifySignUpCode");
  }
  if (!reached("BACKUP_CODE")) {
    await issueSignUpBackupCode(session, quiet);
    expectOk(await confirmBackupCodeSaved(session, { saved: "yes" }), "confirmBackupCodeSaved");
  }
  if (!reached("SECURITY_QUESTIONS")) {
    const done = await completeSignUp(
      session,
      { questions: ["1", "2", "3", "4", "5"], answers: ["answer 1", "answer 2", "answer 3", "answer 4", "answer 5"] },
      quiet,
    );
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

// ---------------------------------------------------------------------------------------------
// Signing in: a finished account part-way through signing in, and a solved proof-of-work the way
// the browser solves it.

/** A finished account whose password was just entered: the half-signed-in session. */
export async function passwordDone(method: MfaChoice = "EMAIL", from: RequestInfo = info) {
  const journey = await signedUpTo("COMPLETE", { method, phone: "2025550123" });
  const result = await signInWithPassword({ email: journey.user.email, password: GOOD_PASSWORD }, from);
  if (!result.ok) throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
  const session = (await findLiveSession(result.sessionToken, { touch: false })) as CurrentSession;
  return { ...journey, session, token: result.sessionToken };
}

/** The form value the sign-in page's solver would submit for a challenge. */
export async function solvePow(challengeJson: string): Promise<string> {
  const c = JSON.parse(challengeJson) as { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string };
  const solution = await solveChallenge(c.challenge, c.salt, c.algorithm, c.maxnumber).promise;
  if (!solution) throw new Error("no solution");
  return Buffer.from(
    JSON.stringify({
      algorithm: c.algorithm,
      challenge: c.challenge,
      number: solution.number,
      salt: c.salt,
      signature: c.signature,
      took: 1,
    }),
  ).toString("base64");
}

// ---------------------------------------------------------------------------------------------
// Settings: one session with a fresh second step, and one whose last check is too old.

export async function fullSession(userId: string, secondStepAgoMs = 0): Promise<CurrentSession & { token: string }> {
  const session = await sessionFor(userId, "FULL");
  await db().session.update({ where: { id: session.id }, data: { secondStepAt: new Date(Date.now() - secondStepAgoMs) } });
  return { ...(await findLiveSession(session.token, { touch: false }))!, token: session.token };
}

/** A full session whose second step was 21 minutes ago. */
export function staleSession(userId: string) {
  return fullSession(userId, 21 * 60_000);
}

export async function changeEmailAndConfirm(session: CurrentSession, newEmail: string): Promise<string> {
  const result = await requestEmailChange(session, { newEmail, confirmNewEmail: newEmail }, info);
  if (!result.ok) throw new Error(`requestEmailChange failed: ${JSON.stringify(result)}`);
  return tokenIn((await latestMessage(newEmail, "confirm-new-email")).body);
}

// ---------------------------------------------------------------------------------------------
// Messages: applicants with a case, an officer, files.

export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("rest of a png")]);
export const EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00"), Buffer.from("This program cannot be run in DOS mode.")]);

export const file = (bytes: Buffer, name: string, type = "application/pdf") => new File([new Uint8Array(bytes)], name, { type });

/** A fresh upload directory per test; returns a reader of what is stored there and a cleanup. */
export function useUploadDir(): { list: () => string[]; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "messages-"));
  process.env.UPLOAD_DIR = dir;
  resetEnvCache();
  resetFileStorage();
  return {
    list: () => (fs.existsSync(dir) ? fs.readdirSync(dir) : []),
    cleanup: () => {
      fs.rmSync(dir, { recursive: true, force: true });
      resetFileStorage();
    },
  };
}

/** A finished applicant who owns one paper case, with a full session. */
export async function applicantWithCase() {
  const user = await createUser("COMPLETE");
  const created = await createPaperCase({ formType: "I-130", applicantName: "Ana Diaz" });
  await db().case.update({ where: { id: created.id }, data: { ownerId: user.id, linkedAt: new Date() } });
  return { user, session: await sessionFor(user.id, "FULL"), caseId: created.id, receiptNumber: created.receiptNumber };
}

export async function officer() {
  const user = await createUser("COMPLETE");
  await db().user.update({ where: { id: user.id }, data: { role: "OFFICER" } });
  return { user, session: await sessionFor(user.id, "FULL") };
}

/** Everything a refused call must leave as it was. */
export async function messageCounts() {
  const [threads, messages, documents, outbox, audit] = await Promise.all([
    db().messageThread.count(),
    db().message.count(),
    db().document.count(),
    db().outboundMessage.count(),
    db().auditLog.count(),
  ]);
  const rows = await db().messageThread.findMany({
    orderBy: { id: "asc" },
    select: { id: true, lastMessageAt: true, awaitingAgencySince: true, unreadByApplicant: true },
  });
  return { threads, messages, documents, outbox, audit, rows };
}
