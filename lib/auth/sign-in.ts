import "server-only";
import { z } from "zod";
import { db } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { decoyHash, verifySecret } from "../passwords/hash";
import { zEmail } from "../registration/schemas";
import { zField } from "../actions/form-input";
import { POLICY } from "../security-policy";
import { fail, fieldErrorsFrom, invalid, type ActionError, type ErrorCode } from "../result";
import { sendSecurityNotice } from "../notify/security-notice";
import { newPowChallenge, solvedPowSignature } from "./proof-of-work";
import { passSignInGate, proofOfWorkRequired, recordSignInFailure, recordUnknownEmailAttempt, SIGN_IN_RATE_LIMITED } from "./sign-in-guard";
import { clearPasswordTries, findAccountAndClaimTry, pauseSignIn, pausedUntil } from "./password-tries";
import { methodVerified } from "../registration/steps";
import { createSessionClearingTries } from "../sessions/sessions";
import { countSignIn } from "../ops/metrics";
import { msg } from "../i18n/message-ref";

// Step one of signing in: email and password. One message for an unknown email and a wrong
// password, with the same kind of work done in each case (a try claimed, a hash checked, a row
// written); a paused account is told plainly until when, whatever the password.

export const SIGN_IN_FAILED = msg("signIn.errors.failed");

const zSignInForm = z.object({
  email: zEmail,
  password: z
    .string()
    .min(1, msg("signIn.errors.passwordRequired"))
    .max(POLICY.password.maxLength * 4, msg("signIn.errors.passwordTooLong")),
});

/** Paused until a time ("3:45 PM EST" in the reader's zone), rounded up to the minute so the stated time is never early. */
export function signInPausedMessage(until: Date): string {
  return msg("signIn.errors.paused", { until: Math.ceil(until.getTime() / 60_000) * 60_000 });
}

export const RESET_REQUIRED = msg("signIn.errors.resetRequired");
export const POW_REQUIRED = msg("signIn.errors.powRequired");

// The action declares the fields as plain text and the checking stays here: every failure,
// a badly filled form included, must carry a fresh proof-of-work challenge when the next try needs one.
export const zSignInAttempt = z.object({ email: zField(), password: zField(), pow: zField().optional() });
export type SignInAttempt = z.output<typeof zSignInAttempt>;

export type SignInNext = { ok: true; sessionToken: string; level: "REGISTRATION" | "PASSWORD_ONLY" };
/** A failure, with a fresh proof-of-work challenge when the next try will need one. */
export type SignInFailure = ActionError & { powChallenge?: string };

/** The password step of sign-in, counted by outcome for /api/metrics. */
export async function signInWithPassword(input: SignInAttempt, info: RequestInfo): Promise<SignInNext | SignInFailure> {
  const result = await checkPassword(input, info);
  countSignIn("password", result.ok ? "ok" : result.code);
  return result;
}

async function checkPassword(input: SignInAttempt, info: RequestInfo): Promise<SignInNext | SignInFailure> {
  const values = { email: input.email.slice(0, 300) };
  const withPow = async (result: ActionError): Promise<SignInFailure> =>
    (await proofOfWorkRequired(info.ip)) ? { ...result, powChallenge: await newPowChallenge() } : result;
  const failure = (code: ErrorCode, message: string) => withPow(fail(code, message, { values }));
  const paused = (until: Date | null) =>
    until ? failure("sign_in_paused", signInPausedMessage(until)) : failure("sign_in_failed", SIGN_IN_FAILED);
  const parsed = zSignInForm.safeParse(input);
  if (!parsed.success) return withPow(invalid(fieldErrorsFrom(parsed.error.issues), values));
  const { email, password } = parsed.data;
  // Before the password is checked: the proof-of-work when this address owes one, and the limits.
  const gate = await passSignInGate(info.ip, email, input.pow ? await solvedPowSignature(input.pow) : null);
  if (gate.powRequired && !gate.powAccepted) return failure("pow_required", POW_REQUIRED);
  if (!gate.allowed) return failure("rate_limited", SIGN_IN_RATE_LIMITED);

  // An account still without a password is answered like an unknown email.
  const { user, tries } = await findAccountAndClaimTry(email);
  const passwordOk = await verifySecret(user?.passwordHash ?? (await decoyHash()), password);
  if (!user) {
    await db().$transaction((tx) => recordUnknownEmailAttempt(tx, email, info.ip));
    await recordSignInFailure(info.ip);
    return failure("sign_in_failed", SIGN_IN_FAILED);
  }
  if (tries === null) {
    // Paused, or every try is taken by requests still being checked: this one is not checked at all.
    await db().$transaction((tx) => recordSecurityEvent(tx, user.id, "sign_in.refused_locked", info, { passwordCorrect: passwordOk }));
    if (!passwordOk) await recordSignInFailure(info.ip);
    return paused(await pausedUntil(user.id));
  }

  if (!passwordOk) {
    const until = await db().$transaction(async (tx) => {
      await recordSecurityEvent(tx, user.id, "sign_in.password_failed", info);
      if (tries < POLICY.signIn.lockAfterFailures) return null;
      const lockedUntil = await pauseSignIn(tx, user.id);
      await recordSecurityEvent(tx, user.id, "sign_in.locked", info);
      await sendSecurityNotice(tx, user, "locked_out", info);
      return lockedUntil;
    });
    await recordSignInFailure(info.ip);
    return paused(until);
  }
  if (user.passwordResetRequired) {
    await db().$transaction((tx) => clearPasswordTries(tx, user.id));
    return failure("reset_required", RESET_REQUIRED);
  }

  // A person who left sign-up after setting a password continues at their step; once their method
  // is verified, only after passing the second step again, in this session.
  const level = methodVerified(user.registrationStep) ? "PASSWORD_ONLY" : "REGISTRATION";
  const sessionToken = await createSessionClearingTries(user.id, user.passwordHash, level, ["password"], info);
  if (!sessionToken) {
    // "This wasn't me" was reported while the password was checked; else a pause began, or the password changed.
    const now = await db().user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordResetRequired: true } });
    if (!now.passwordResetRequired) return paused(await pausedUntil(user.id));
    await db().$transaction((tx) => clearPasswordTries(tx, user.id));
    return failure("reset_required", RESET_REQUIRED);
  }
  return { ok: true, sessionToken, level };
}

/** What the sign-in page needs before the first try: a challenge when this address must solve one. */
export async function signInPagePow(info: RequestInfo): Promise<string | null> {
  return (await proofOfWorkRequired(info.ip)) ? newPowChallenge() : null;
}
