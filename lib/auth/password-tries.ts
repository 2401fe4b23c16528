import "server-only";
import { db, type Tx } from "../db";
import { POLICY } from "../security-policy";
import type { RegistrationStep } from "../generated/prisma/client";

// The password lock: five tries, then sign-in to the account is paused for 20 minutes.

/** Stands in for an account id when the email has none, so an unknown email runs the same statement. */
export const NO_USER = "00000000-0000-0000-0000-000000000000";

/**
 * Takes one of the account's tries BEFORE the slow password check, in one statement that reads and
 * writes the count and the lock together. Reading the lock, checking the password (about 30 ms) and
 * writing afterwards let parallel requests all pass the read: every guess in a burst was checked, and
 * a right password among them cleared the count. Claimed first, at most five checks can be under way
 * or failed between two locks, the try that takes the last one sets the lock, and no transaction or
 * row lock is held across the hash. A right password gives the tries back (clearPasswordTries) only
 * if no pause began meanwhile. Null when the account is paused or every try is taken.
 */
export async function claimPasswordTry(userId: string | null): Promise<number | null> {
  const rows = await db().$queryRaw<{ tries: number }[]>`
    UPDATE "User" SET "failedPasswordAttempts" = "failedPasswordAttempts" + 1
    WHERE id = ${userId ?? NO_USER}::uuid
      AND ("lockedUntil" IS NULL OR "lockedUntil" <= now())
      AND "failedPasswordAttempts" < ${POLICY.signIn.lockAfterFailures}
    RETURNING "failedPasswordAttempts" AS tries`;
  return rows[0] ? Number(rows[0].tries) : null;
}

export type SignInAccount = {
  id: string;
  email: string;
  passwordHash: string;
  registrationStep: RegistrationStep;
  passwordResetRequired: boolean;
};

/**
 * The account signing in (null for an unknown email or one without a password yet) and its claimed
 * try (see claimPasswordTry), in one statement: the same statement runs for an unknown email.
 */
export async function findAccountAndClaimTry(email: string): Promise<{ user: SignInAccount | null; tries: number | null }> {
  const rows = await db().$queryRaw<(Partial<SignInAccount> & { tries: number | null })[]>`
    WITH found AS (
      SELECT id, email, "passwordHash", "registrationStep", "passwordResetRequired" FROM "User" WHERE email = ${email}
    ), claimed AS (
      UPDATE "User" u SET "failedPasswordAttempts" = u."failedPasswordAttempts" + 1
      WHERE u.id = COALESCE((SELECT id FROM found WHERE "passwordHash" IS NOT NULL), ${NO_USER}::uuid)
        AND (u."lockedUntil" IS NULL OR u."lockedUntil" <= now())
        AND u."failedPasswordAttempts" < ${POLICY.signIn.lockAfterFailures}
      RETURNING u."failedPasswordAttempts" AS tries
    )
    SELECT f.id, f.email, f."passwordHash", f."registrationStep", f."passwordResetRequired", (SELECT tries FROM claimed) AS tries
    FROM (VALUES (1)) AS one LEFT JOIN found f ON true`;
  const row = rows[0];
  const tries = row?.tries === null || row?.tries === undefined ? null : Number(row.tries);
  if (!row?.id || !row.passwordHash) return { user: null, tries };
  return {
    user: {
      id: row.id,
      email: row.email!,
      passwordHash: row.passwordHash,
      registrationStep: row.registrationStep!,
      passwordResetRequired: Boolean(row.passwordResetRequired),
    },
    tries,
  };
}

/** The right password: the count starts again, unless sign-in was paused while it was checked. */
export async function clearPasswordTries(tx: Tx, userId: string): Promise<boolean> {
  const cleared = await tx.user.updateMany({
    where: { id: userId, OR: [{ lockedUntil: null }, { lockedUntil: { lte: new Date() } }] },
    data: { failedPasswordAttempts: 0, lockedUntil: null },
  });
  return cleared.count === 1;
}

/** The wrong password that used the last try: sign-in is paused, and the count starts again after. */
export async function pauseSignIn(tx: Tx, userId: string): Promise<Date> {
  const until = new Date(Date.now() + POLICY.signIn.lockMs);
  await tx.user.update({ where: { id: userId }, data: { failedPasswordAttempts: 0, lockedUntil: until } });
  return until;
}

/** Until when sign-in to the account is paused, or null when it is not. */
export async function pausedUntil(userId: string): Promise<Date | null> {
  const row = await db().user.findUnique({ where: { id: userId }, select: { lockedUntil: true } });
  return row?.lockedUntil && row.lockedUntil.getTime() > Date.now() ? row.lockedUntil : null;
}
