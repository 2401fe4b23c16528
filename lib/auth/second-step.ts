import "server-only";
import { z } from "zod";
import { db, type Tx } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { checkOtpCode, checkOtpResendAllowed, issueOtpChallenge, newestOpenChallenge, type OtpChannel } from "../mfa/otp-challenge";
import { maskEmail, maskPhone } from "../mfa/phone";
import { sendSecurityNotice } from "../notify/security-notice";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";
import { lockCodeEntry, refuseWrongCode } from "../mfa/record-code-failure";
import { checkTotpCode } from "../mfa/totp";
import { zCodeForm } from "../registration/schemas";
import { POLICY } from "../security-policy";
import { fail, type ActionError, type ActionResult } from "../result";
import { createSession, revokeSession, SessionRefused, type CurrentSession } from "../sessions/sessions";
import { countSignIn } from "../ops/metrics";
import { msg } from "../i18n/message-ref";

// Step two of signing in: a code from the person's verified method(s).

/** A way to pass the second step with a code: the authentication app, or a code sent by email or text. */
export type CodeWay = "app" | OtpChannel;

export type SecondStepView = {
  hasApp: boolean;
  /** Where a code can be sent, masked: "Email to j•••@example.com". `to` is the masked address alone. */
  channels: { channel: OtpChannel; label: string; to: string }[];
  sentTo: string | null;
  /** The code that was sent and is still open: where it went. */
  sent: { channel: OtpChannel; to: string } | null;
  /** What the page starts with: the code just sent, else the way the person set up first. */
  defaultWay: CodeWay | null;
  /** Whether the person can pass the step with a passkey instead. */
  withPasskey: boolean;
};

/** A person's verified methods, the one set up first first. */
const VERIFIED_METHODS = {
  where: { verifiedAt: { not: null } },
  orderBy: [{ verifiedAt: "asc" as const }, { id: "asc" as const }],
};

async function verifiedMethods(userId: string, client: Tx | ReturnType<typeof db> = db()) {
  return client.mfaMethod.findMany({
    where: { userId, ...VERIFIED_METHODS.where },
    orderBy: VERIFIED_METHODS.orderBy,
    select: { id: true, kind: true, phone: true, totpSecretEnc: true, lastTotpStep: true },
  });
}

/** What the second step's page shows, in one query: the verified methods, the code still open, any passkey. */
export async function secondStepView(session: CurrentSession): Promise<SecondStepView> {
  const person = await db().user.findUnique({
    where: { id: session.user.id },
    select: {
      mfaMethods: { ...VERIFIED_METHODS, select: { kind: true, phone: true } },
      otpChallenges: { ...newestOpenChallenge("SIGN_IN"), select: { channel: true, destination: true } },
      _count: { select: { passkeys: true } },
    },
  });
  const channels: SecondStepView["channels"] = [];
  const ways: CodeWay[] = [];
  for (const m of person?.mfaMethods ?? []) {
    if (m.kind === "TOTP") ways.push("app");
    if (m.kind === "EMAIL") {
      const to = maskEmail(session.user.email);
      channels.push({ channel: "EMAIL", label: msg("signIn.verify.channelEmail", { to }), to });
      ways.push("EMAIL");
    }
    if (m.kind === "SMS" && m.phone) {
      const to = maskPhone(m.phone);
      channels.push({ channel: "SMS", label: msg("signIn.verify.channelSms", { to }), to });
      ways.push("SMS");
    }
  }
  const open = person?.otpChallenges[0];
  const sent =
    open && (open.channel === "EMAIL" || open.channel === "SMS") && ways.includes(open.channel)
      ? { channel: open.channel, to: open.channel === "SMS" ? maskPhone(open.destination) : maskEmail(open.destination) }
      : null;
  return {
    hasApp: ways.includes("app"),
    channels,
    sentTo: sent?.to ?? null,
    sent,
    defaultWay: sent?.channel ?? ways[0] ?? null,
    withPasskey: (person?._count.passkeys ?? 0) > 0,
  };
}

const CHOOSE_CHANNEL = msg("signIn.errors.chooseChannel");

export const zSendSignInCode = z.object({ channel: z.enum(["EMAIL", "SMS"], { error: CHOOSE_CHANNEL }) });
export type SendSignInCodeInput = z.output<typeof zSendSignInCode>;

export async function sendSignInCode(session: CurrentSession, input: SendSignInCodeInput): Promise<ActionResult<{ sentTo: string }>> {
  const methods = await verifiedMethods(session.user.id);
  const method = methods.find((m) => m.kind === input.channel);
  if (!method || (method.kind !== "EMAIL" && method.kind !== "SMS"))
    return fail("invalid_input", CHOOSE_CHANNEL, { fieldErrors: { channel: CHOOSE_CHANNEL } });
  const destination = method.kind === "SMS" ? method.phone! : session.user.email;
  const allowed = await db().$transaction(async (tx) => {
    const check = await checkOtpResendAllowed(tx, session.user.id, "SIGN_IN");
    if (check.allowed) await issueOtpChallenge(tx, { id: session.user.id }, "SIGN_IN", method.kind as OtpChannel, destination);
    return check;
  });
  if (!allowed.allowed) return fail("rate_limited", allowed.message);
  return { ok: true, sentTo: method.kind === "SMS" ? maskPhone(destination) : maskEmail(destination) };
}

/**
 * Checks a code from the app, or the latest emailed/texted code, for a second step (sign-in or a
 * re-check in settings). Code entry is locked (and the person's row held) before anything is
 * checked; a wrong code counts towards the 10-wrong-codes lock; the caller's transaction decides
 * what success grants.
 */
export async function checkSecondStepCode(
  tx: Tx,
  userId: string,
  code: string,
  info: RequestInfo,
  during: "sign_in" | "reauth",
): Promise<{ ok: true; usedKind: "totp" | "otp" } | ActionError> {
  const locked = await lockCodeEntry(tx, userId);
  if (locked) return locked;
  const methods = await verifiedMethods(userId, tx);
  const totp = methods.find((m) => m.kind === "TOTP");
  if (totp && (await checkTotpCode(tx, totp, code)) === "valid") return { ok: true, usedKind: "totp" };
  if (methods.some((m) => m.kind === "EMAIL" || m.kind === "SMS")) {
    if ((await checkOtpCode(tx, userId, "SIGN_IN", code)) === "valid") return { ok: true, usedKind: "otp" };
  }
  const message = await refuseWrongCode(tx, userId, info, { during }, msg("signIn.errors.wrongCode"));
  return fail("wrong_code", message, { fieldErrors: { code: message } });
}

export const zSecondStepCode = zCodeForm;
export type SecondStepCodeInput = z.output<typeof zSecondStepCode>;

export async function completeSecondStep(
  session: CurrentSession,
  input: SecondStepCodeInput,
  info: RequestInfo,
): Promise<ActionResult<{ sessionToken: string }>> {
  const userId = session.user.id;
  const result = await refuseEndedSignIn(() =>
    db().$transaction(async (tx): Promise<ActionResult<{ sessionToken: string }>> => {
      const check = await checkSecondStepCode(tx, userId, input.code, info, "sign_in");
      if (!check.ok) return check;
      return { ok: true, sessionToken: await finishSignIn(tx, session, check.usedKind, info) };
    }),
  );
  countSignIn("second_step", result.ok ? "ok" : result.code);
  if (!result.ok && result.code !== "code_locked") await noticePasswordKnown(session, info);
  return result;
}

/**
 * The password was right but the second step failed: the owner hears that someone knows their
 * password (once per half-signed-in session, however many codes are tried).
 */
export async function noticePasswordKnown(session: CurrentSession, info: RequestInfo): Promise<void> {
  const first = await hitRateLimit(`password-known:${session.id}`, 1, POLICY.session.absoluteMs);
  if (!first.allowed) return;
  await db().$transaction((tx) => sendSecurityNotice(tx, session.user, "password_known", info));
}

/**
 * Runs a second step's transaction, which calls finishSignIn. When finishSignIn refused (the half-way
 * session ended meanwhile, or the account must reset its password), nothing the transaction wrote is
 * kept (a code stays unused) and the person is told to sign in again.
 */
export async function refuseEndedSignIn<T extends object>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SessionRefused) return fail("wrong_step", msg("signIn.errors.signInFirst"));
    throw error;
  }
}

/**
 * The second step passed: the half-way session is replaced by a full one, or, for a sign-up left
 * after its method was verified, by a sign-up session that has passed the second step.
 */
export async function finishSignIn(
  tx: Tx,
  session: CurrentSession,
  usedKind: string,
  info: RequestInfo,
  extra: { pendingBackupCodeEnc?: string } = {},
): Promise<string> {
  const userId = session.user.id;
  await tx.user.update({ where: { id: userId }, data: { failedOtpAttempts: 0 } });
  // Signed out, "This wasn't me" or a password reset ended it while its second step was checked.
  if (!(await revokeSession(tx, session.id))) throw new SessionRefused("the half-way session has ended");
  const level = session.user.registrationStep === "COMPLETE" ? "FULL" : "REGISTRATION";
  const sessionToken = await createSession(tx, userId, level, ["password", usedKind], info, { secondStepAt: new Date(), ...extra });
  await recordSecurityEvent(tx, userId, "sign_in.succeeded", info, { method: usedKind });
  // A backup-code sign-in sends its own notice instead.
  if (usedKind !== "backup_code") await sendSecurityNotice(tx, session.user, "new_sign_in", info);
  return sessionToken;
}
