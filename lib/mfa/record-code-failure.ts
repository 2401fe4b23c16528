import "server-only";
import { db, type Tx } from "../db";
import { recordSecurityEvent } from "../audit/record-security-event";
import type { RequestInfo } from "../http/request-info";
import { fail, type ActionError } from "../result";
import { POLICY } from "../security-policy";
import { msg } from "../i18n/message-ref";

// The 10-wrong-codes lock. Every check of a code (or backup code, or passkey) takes the person's row
// lock first, in the transaction that counts the result: checks for one person then run one after
// another, so parallel wrong codes are each counted and no code is checked once the lock is set.

export function codeLockMessage(until: Date): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return msg("signIn.errors.codeLocked", { minutes });
}

function lockRefusal(until: Date | null): ActionError | null {
  if (!until || until.getTime() <= Date.now()) return null;
  const message = codeLockMessage(until);
  return fail("code_locked", message, { fieldErrors: { code: message } });
}

/**
 * Takes the person's row lock until `tx` ends and returns the refusal to give while code entry is
 * locked, or null when a code may be checked. Call it first in the transaction that checks the code.
 */
export async function lockCodeEntry(tx: Tx, userId: string): Promise<ActionError | null> {
  const rows = await tx.$queryRaw<{ otpLockedUntil: Date | null }[]>`
    SELECT "otpLockedUntil" FROM "User" WHERE id = ${userId}::uuid FOR NO KEY UPDATE`;
  return lockRefusal(rows[0]?.otpLockedUntil ?? null);
}

/** A quick look for pages and for refusing early; the check that counts is lockCodeEntry. */
export async function codeEntryLocked(userId: string): Promise<ActionError | null> {
  const user = await db().user.findUniqueOrThrow({ where: { id: userId }, select: { otpLockedUntil: true } });
  return lockRefusal(user.otpLockedUntil);
}

/**
 * Counts a wrong second-step code in one statement; the tenth in a row locks the second step for
 * 10 minutes and starts the count again.
 */
export async function recordCodeFailure(tx: Tx, userId: string): Promise<{ locked: boolean }> {
  const limit = POLICY.signIn.otpLockAfterFailures;
  const lockSeconds = POLICY.signIn.otpLockMs / 1000;
  // SET reads the row as it was, so both columns see the count before this failure.
  const rows = await tx.$queryRaw<{ locked: boolean }[]>`
    UPDATE "User" SET
      "failedOtpAttempts" = CASE WHEN "failedOtpAttempts" + 1 >= ${limit} THEN 0 ELSE "failedOtpAttempts" + 1 END,
      "otpLockedUntil" = CASE WHEN "failedOtpAttempts" + 1 >= ${limit}
        THEN now() + make_interval(secs => ${lockSeconds}::double precision) ELSE "otpLockedUntil" END,
      "updatedAt" = now()
    WHERE id = ${userId}::uuid
    RETURNING "failedOtpAttempts" = 0 AS locked`;
  return { locked: rows[0]?.locked ?? false };
}

/**
 * A wrong code, backup code or passkey at any second step: counted towards the lock, recorded, and
 * answered with `message`, or with the lock message once this failure locks code entry. A failure
 * that arrives while code entry is already locked is not counted again.
 */
export async function refuseWrongCode(
  tx: Tx,
  userId: string,
  info: Pick<RequestInfo, "ip" | "userAgent">,
  detail: { during: string; method?: string },
  message: string,
): Promise<string> {
  const alreadyLocked = await lockCodeEntry(tx, userId);
  if (alreadyLocked) return alreadyLocked.message;
  const { locked } = await recordCodeFailure(tx, userId);
  await recordSecurityEvent(tx, userId, "mfa.code_failed", info, detail);
  if (!locked) return message;
  await recordSecurityEvent(tx, userId, "mfa.locked", info, { during: detail.during });
  return codeLockMessage(new Date(Date.now() + POLICY.signIn.otpLockMs));
}
