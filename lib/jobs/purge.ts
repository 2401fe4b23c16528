import "server-only";
import { db } from "../db";
import { env } from "../env";
import type { PurgeKind } from "./add-job";

// What the scheduled purges remove (when: lib/jobs/schedule.ts). Each deletes in batches, so a
// large backlog never holds a long lock, and keeps what something still reads: open sessions,
// links that may still be used, the codes and counters inside their windows, case alerts that
// officers may still send again.

export const PURGE_KINDS: PurgeKind[] = ["sessions", "tokens-and-codes", "rate-limits", "unknown-sign-ins", "message-bodies"];

const DAY_MS = 86_400_000;
const BATCH = 5_000;

/** How long each kind is kept after it stopped mattering. */
export const RETENTION = {
  endedSessionMs: DAY_MS,
  usedOrExpiredLinkMs: 7 * DAY_MS,
  oneTimeCodeMs: DAY_MS,
  usedBackupCodeMs: DAY_MS,
  rateLimitWindowMs: DAY_MS,
  unknownSignInMs: 30 * DAY_MS,
  localOutboxBodyMs: 7 * DAY_MS,
  undeliverableBodyMs: DAY_MS,
} as const;

/** Runs `step` (one batch; returns rows touched) until a batch comes back short. */
async function inBatches(step: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await step();
    total += count;
    if (count < BATCH) return total;
  }
}

const before = (now: Date, ms: number) => new Date(now.getTime() - ms);

async function purgeSessions(now: Date): Promise<number> {
  const ended = before(now, RETENTION.endedSessionMs);
  const idleEnded = before(now, RETENTION.endedSessionMs + env().SESSION_IDLE_MINUTES * 60_000);
  return inBatches(
    () => db().$executeRaw`
      DELETE FROM "Session" WHERE id IN (
        SELECT id FROM "Session"
        WHERE "expiresAt" < ${ended} OR "revokedAt" < ${ended} OR "lastSeenAt" < ${idleEnded}
        LIMIT ${BATCH})`,
  );
}

async function purgeTokensAndCodes(now: Date): Promise<number> {
  const links = before(now, RETENTION.usedOrExpiredLinkMs);
  const codes = before(now, RETENTION.oneTimeCodeMs);
  const backup = before(now, RETENTION.usedBackupCodeMs);
  const emailTokens = await inBatches(
    () => db().$executeRaw`
      DELETE FROM "EmailToken" WHERE id IN (
        SELECT id FROM "EmailToken" WHERE "usedAt" < ${links} OR "expiresAt" < ${links} LIMIT ${BATCH})`,
  );
  const otp = await inBatches(
    () => db().$executeRaw`
      DELETE FROM "OtpChallenge" WHERE id IN (SELECT id FROM "OtpChallenge" WHERE "createdAt" < ${codes} LIMIT ${BATCH})`,
  );
  const backupCodes = await inBatches(
    () => db().$executeRaw`
      DELETE FROM "BackupCode" WHERE id IN (SELECT id FROM "BackupCode" WHERE "usedAt" < ${backup} LIMIT ${BATCH})`,
  );
  return emailTokens + otp + backupCodes;
}

async function purgeRateLimits(now: Date): Promise<number> {
  const old = before(now, RETENTION.rateLimitWindowMs);
  return inBatches(
    () => db().$executeRaw`
      DELETE FROM "RateLimit" WHERE key IN (SELECT key FROM "RateLimit" WHERE "windowStart" < ${old} LIMIT ${BATCH})`,
  );
}

async function purgeUnknownSignIns(now: Date): Promise<number> {
  const old = before(now, RETENTION.unknownSignInMs);
  return inBatches(
    () => db().$executeRaw`
      DELETE FROM "UnknownSignInAttempt" WHERE id IN (
        SELECT id FROM "UnknownSignInAttempt" WHERE "createdAt" < ${old} LIMIT ${BATCH})`,
  );
}

/** Clears stored message text; the rows stay (status, attempts, when) as the record officers see. */
async function purgeMessageBodies(now: Date): Promise<number> {
  const local = before(now, RETENTION.localOutboxBodyMs);
  const undeliverable = before(now, RETENTION.undeliverableBodyMs);
  return inBatches(
    () => db().$executeRaw`
      UPDATE "OutboundMessage" SET body = NULL, html = NULL WHERE id IN (
        SELECT id FROM "OutboundMessage"
        WHERE (body IS NOT NULL OR html IS NOT NULL)
          AND (status = 'SENT'
            OR (status = 'KEPT_LOCAL' AND "createdAt" < ${local})
            OR (status = 'FAILED' AND "caseId" IS NULL AND "createdAt" < ${undeliverable}))
        LIMIT ${BATCH})`,
  );
}

const PURGES: Record<PurgeKind, (now: Date) => Promise<number>> = {
  sessions: purgeSessions,
  "tokens-and-codes": purgeTokensAndCodes,
  "rate-limits": purgeRateLimits,
  "unknown-sign-ins": purgeUnknownSignIns,
  "message-bodies": purgeMessageBodies,
};

/** One scheduled purge; returns how many rows it removed (or cleared). */
export async function purgeExpired(what: PurgeKind, now = new Date()): Promise<number> {
  return PURGES[what](now);
}
