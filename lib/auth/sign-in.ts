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
import { acceptPowSolution, newPowChallenge } from "./proof-of-work";
import { allowSignInAttempt, proofOfWorkRequired, recordSignInFailure, SIGN_IN_RATE_LIMITED } from "./sign-in-guard";
import { createSession } from "../sessions/sessions";

// Step one of signing in: email and password. One message for an unknown email, a wrong password
// and a paused account, with the same work done in each case (a decoy hash for unknown emails).

export const SIGN_IN_FAILED =
  "The email address or password is incorrect. After 5 wrong tries, sign-in is paused for 20 minutes; if you forgot your password, you can reset it.";

const zSignInForm = z.object({
  email: zEmail,
  password: z
    .string()
    .min(1, "Enter your password.")
    .max(POLICY.password.maxLength * 4, "Your password is too long."),
});

export const RESET_REQUIRED =
  "For your security, your password was locked after a report that a sign-in or change wasn't you. Reset your password to sign in again.";
export const POW_REQUIRED = "For your security, wait for the automatic check below to finish, then sign in again.";

// The action declares the fields as plain text and the checking stays here: every failure,
// a badly filled form included, must carry a fresh proof-of-work challenge when the next try needs one.
export const zSignInAttempt = z.object({ email: zField(), password: zField(), pow: zField().optional() });
export type SignInAttempt = z.output<typeof zSignInAttempt>;

export type SignInNext = { ok: true; sessionToken: string; level: "REGISTRATION" | "PASSWORD_ONLY" };
/** A failure, with a fresh proof-of-work challenge when the next try will need one. */
export type SignInFailure = ActionError & { powChallenge?: string };

export async function signInWithPassword(input: SignInAttempt, info: RequestInfo): Promise<SignInNext | SignInFailure> {
  const values = { email: input.email.slice(0, 300) };
  const withPow = async (result: ActionError): Promise<SignInFailure> =>
    (await proofOfWorkRequired(info.ip)) ? { ...result, powChallenge: await newPowChallenge() } : result;
  const failure = (code: ErrorCode, message: string) => withPow(fail(code, message, { values }));
  const parsed = zSignInForm.safeParse(input);
  if (!parsed.success) return withPow(invalid(fieldErrorsFrom(parsed.error.issues), values));
  const { email, password } = parsed.data;
  if ((await proofOfWorkRequired(info.ip)) && !(await acceptPowSolution(input.pow))) return failure("pow_required", POW_REQUIRED);
  if (!(await allowSignInAttempt(info.ip, email))) return failure("rate_limited", SIGN_IN_RATE_LIMITED);

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true, lockedUntil: true, registrationStep: true, passwordResetRequired: true },
  });
  const passwordOk = await verifySecret(user?.passwordHash ?? (await decoyHash()), password);
  if (!user || !user.passwordHash) {
    await recordSignInFailure(info.ip);
    return failure("sign_in_failed", SIGN_IN_FAILED);
  }
  if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
    await db().$transaction((tx) => recordSecurityEvent(tx, user.id, "sign_in.refused_locked", info, { passwordCorrect: passwordOk }));
    if (!passwordOk) await recordSignInFailure(info.ip);
    return failure("sign_in_failed", SIGN_IN_FAILED);
  }

  if (!passwordOk) {
    await db().$transaction(async (tx) => {
      await recordSecurityEvent(tx, user.id, "sign_in.password_failed", info);
      const updated = await tx.user.update({
        where: { id: user.id },
        data: { failedPasswordAttempts: { increment: 1 } },
        select: { failedPasswordAttempts: true },
      });
      if (updated.failedPasswordAttempts >= POLICY.signIn.lockAfterFailures) {
        await tx.user.update({
          where: { id: user.id },
          data: { failedPasswordAttempts: 0, lockedUntil: new Date(Date.now() + POLICY.signIn.lockMs) },
        });
        await recordSecurityEvent(tx, user.id, "sign_in.locked", info);
        await sendSecurityNotice(tx, user, "locked_out", info);
      }
    });
    await recordSignInFailure(info.ip);
    return failure("sign_in_failed", SIGN_IN_FAILED);
  }
  if (user.passwordResetRequired) return failure("reset_required", RESET_REQUIRED);

  // A person who left sign-up after setting a password continues at their step.
  const level = user.registrationStep === "COMPLETE" ? "PASSWORD_ONLY" : "REGISTRATION";
  const sessionToken = await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedPasswordAttempts: 0, lockedUntil: null } });
    return createSession(tx, user.id, level, ["password"], info);
  });
  return { ok: true, sessionToken, level };
}

/** What the sign-in page needs before the first try: a challenge when this address must solve one. */
export async function signInPagePow(info: RequestInfo): Promise<string | null> {
  return (await proofOfWorkRequired(info.ip)) ? newPowChallenge() : null;
}
