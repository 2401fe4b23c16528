import "server-only";
import { db, type Tx } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { fail, type ActionError } from "../result";
import { POLICY } from "../security-policy";

/** Counts a wrong second-step code; the tenth in a row locks the second step for 10 minutes. */
export async function recordCodeFailure(tx: Tx, userId: string): Promise<{ locked: boolean }> {
  const user = await tx.user.update({
    where: { id: userId },
    data: { failedOtpAttempts: { increment: 1 } },
    select: { failedOtpAttempts: true },
  });
  if (user.failedOtpAttempts < POLICY.signIn.otpLockAfterFailures) return { locked: false };
  await tx.user.update({
    where: { id: userId },
    data: { failedOtpAttempts: 0, otpLockedUntil: new Date(Date.now() + POLICY.signIn.otpLockMs) },
  });
  return { locked: true };
}

export function codeLockMessage(until: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return `Too many wrong codes. For your security, code entry is locked. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/** The refusal to give while code entry is locked, or null when codes may be entered. */
export async function codeEntryLocked(userId: string): Promise<ActionError | null> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { otpLockedUntil: true } });
  if (!user.otpLockedUntil || user.otpLockedUntil.getTime() <= Date.now()) return null;
  const message = codeLockMessage(user.otpLockedUntil);
  return fail("code_locked", message, { fieldErrors: { code: message } });
}

/**
 * A wrong code, backup code or passkey at any second step: counted towards the lock, recorded, and
 * answered with `message`, or with the lock message once this failure locks code entry.
 */
export async function refuseWrongCode(
  tx: Tx,
  userId: string,
  info: Pick<RequestInfo, "ip" | "userAgent">,
  detail: { during: string; method?: string },
  message: string,
): Promise<string> {
  const { locked } = await recordCodeFailure(tx, userId);
  await recordSecurityEvent(tx, userId, "mfa.code_failed", info, detail);
  if (!locked) return message;
  await recordSecurityEvent(tx, userId, "mfa.locked", info, { during: detail.during });
  return codeLockMessage(new Date(Date.now() + POLICY.signIn.otpLockMs));
}
