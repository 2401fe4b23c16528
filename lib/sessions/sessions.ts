import "server-only";
import { db, type Tx } from "../db";
import { lockUser } from "../db/lock-user";
import { env } from "../env";
import { randomToken, sha256Hex } from "../crypto/tokens";
import type { RequestInfo } from "../http/request-info";
import { POLICY } from "../security-policy";
import type { RegistrationStep, Role, SessionLevel } from "../generated/prisma/client";

// Server-side, revocable sessions (DESIGN.md §5). The browser holds only an opaque token (encrypted
// with next-auth's JWT encoding, lib/auth/current-session.ts); every request checks it here, so
// revoking or expiring a row ends the session wherever the cookie is replayed.

export type CurrentSession = {
  id: string;
  level: SessionLevel;
  expiresAt: Date;
  idleExpiresAt: Date;
  /** When the second step was last passed in this session (sign-in or a re-check). */
  secondStepAt: Date | null;
  user: { id: string; email: string; role: Role; registrationStep: RegistrationStep; locale: string; timeZone: string | null };
};

export function idleTimeoutMs(): number {
  return env().SESSION_IDLE_MINUTES * 60_000;
}

/**
 * Thrown in a transaction that would sign in an account that must reset its password, or finish a
 * half-way session that has ended, so nothing the transaction wrote is kept.
 */
export class SessionRefused extends Error {}

/**
 * Creates a session and returns the token for the cookie (shown nowhere else, stored hashed).
 * Under the person's row lock, so it is decided after, or before, "This wasn't me" or a password
 * reset that ends every session: never in between. Throws SessionRefused when the account must
 * reset its password.
 */
export async function createSession(
  tx: Tx,
  userId: string,
  level: SessionLevel,
  authMethods: string[],
  info: Pick<RequestInfo, "ip" | "userAgent">,
  extra: { secondStepAt?: Date; pendingBackupCodeEnc?: string } = {},
): Promise<string> {
  await lockUser(tx, userId);
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordResetRequired: true } });
  if (user.passwordResetRequired) throw new SessionRefused("the account must reset its password");
  const token = randomToken();
  await tx.session.create({
    data: {
      tokenHash: sha256Hex(token),
      userId,
      level,
      authMethods,
      ip: info.ip,
      userAgent: info.userAgent,
      expiresAt: new Date(Date.now() + POLICY.session.absoluteMs),
      ...extra,
    },
  });
  return token;
}

/**
 * The password step's session, in one statement that also gives the account its password tries back
 * (clearPasswordTries): nothing is written, and null returned, when a pause began meanwhile, the
 * account must now reset its password ("This wasn't me"), or its password is no longer `checkedHash`.
 */
export async function createSessionClearingTries(
  userId: string,
  checkedHash: string,
  level: SessionLevel,
  authMethods: string[],
  info: Pick<RequestInfo, "ip" | "userAgent">,
): Promise<string | null> {
  const token = randomToken();
  const rows = await db().$queryRaw<{ id: string }[]>`
    WITH cleared AS (
      UPDATE "User" SET "failedPasswordAttempts" = 0, "lockedUntil" = NULL, "updatedAt" = now()
      WHERE id = ${userId}::uuid AND ("lockedUntil" IS NULL OR "lockedUntil" <= now())
        AND NOT "passwordResetRequired" AND "passwordHash" = ${checkedHash}
      RETURNING id
    )
    INSERT INTO "Session" (id, "tokenHash", "userId", level, "authMethods", ip, "userAgent", "expiresAt")
    SELECT gen_random_uuid(), ${sha256Hex(token)}, cleared.id, ${level}::"SessionLevel", ${authMethods}::text[],
           ${info.ip}, ${info.userAgent}, ${new Date(Date.now() + POLICY.session.absoluteMs)}
    FROM cleared
    RETURNING id`;
  return rows.length === 1 ? token : null;
}

/**
 * Gives the session a new token (the old one stops working at once) and returns it for the cookie:
 * done when the second step is passed again, so a token seen before the re-check is worth nothing after.
 */
export async function rotateSessionToken(tx: Tx, sessionId: string): Promise<string> {
  const token = randomToken();
  await tx.session.update({ where: { id: sessionId }, data: { tokenHash: sha256Hex(token) } });
  return token;
}

/** The live session for a token, or null if unknown, revoked, idle too long or past its limit. */
export async function findLiveSession(token: string, { touch = true } = {}): Promise<CurrentSession | null> {
  // Every request runs this: one statement on the token's unique index, the account joined.
  const [row] = await db().$queryRaw<
    {
      id: string;
      level: SessionLevel;
      expiresAt: Date;
      lastSeenAt: Date;
      revokedAt: Date | null;
      secondStepAt: Date | null;
      userId: string;
      email: string;
      role: Role;
      registrationStep: RegistrationStep;
      locale: string;
      timeZone: string | null;
    }[]
  >`
    SELECT s.id, s.level, s."expiresAt", s."lastSeenAt", s."revokedAt", s."secondStepAt",
           u.id AS "userId", u.email, u.role, u."registrationStep", u.locale, u."timeZone"
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s."tokenHash" = ${sha256Hex(token)}`;
  if (!row || row.revokedAt) return null;
  const now = Date.now();
  if (row.expiresAt.getTime() <= now || row.lastSeenAt.getTime() + idleTimeoutMs() <= now) return null;
  let lastSeen = row.lastSeenAt;
  // Writing on every request would be wasteful; a few seconds of slack does not matter.
  if (touch && now - row.lastSeenAt.getTime() > 5_000) {
    lastSeen = new Date(now);
    await db().session.updateMany({ where: { id: row.id, revokedAt: null }, data: { lastSeenAt: lastSeen } });
  }
  return {
    id: row.id,
    level: row.level,
    expiresAt: row.expiresAt,
    idleExpiresAt: new Date(Math.min(lastSeen.getTime() + idleTimeoutMs(), row.expiresAt.getTime())),
    secondStepAt: row.secondStepAt,
    user: {
      id: row.userId,
      email: row.email,
      role: row.role,
      registrationStep: row.registrationStep,
      locale: row.locale,
      timeZone: row.timeZone,
    },
  };
}

/** Ends every session of a person (but `except`, the one making the change, when given). */
export async function revokeAllSessions(tx: Tx, userId: string, { except }: { except?: string } = {}): Promise<void> {
  // After the person's row lock: a session being created meanwhile is then seen, and ended.
  await lockUser(tx, userId);
  await tx.session.updateMany({
    where: { userId, revokedAt: null, ...(except ? { id: { not: except } } : {}) },
    data: { revokedAt: new Date() },
  });
}

/** Ends the session; false when it had already ended. */
export async function revokeSession(tx: Tx, sessionId: string): Promise<boolean> {
  const revoked = await tx.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
  return revoked.count === 1;
}
