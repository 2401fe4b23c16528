import "server-only";
import { db, type Tx } from "../db";
import { keyedHash, sha256Hex } from "../crypto/tokens";
import { rateLimitAddress } from "../http/client-address";
import { hitRateLimit, peekRateLimit } from "../rate-limit/hit-rate-limit";
import { POLICY } from "../security-policy";
import { powUseKey } from "./proof-of-work";
import { msg } from "../i18n/message-ref";

// Limits on sign-in attempts, kept in the database so every server instance shares them: per
// address and per email (whether or not it has an account, so the limit reveals nothing), and the
// proof-of-work that failures from one address switch on. A try with an unknown email counts
// like any other (the attempt and the failure) and is also kept, the email hashed.
// Without an address (only outside the portal's server, which always sets one: tests, scripts, a
// bare `next start`) there is no per-address bucket at all, never one shared by everyone: the email
// limit still counts, and every attempt needs the proof-of-work.

const HOUR = 60 * 60_000;
const ipKey = (ip: string) => `sign-in:ip:${rateLimitAddress(ip)}`;
const emailKey = (email: string) => `sign-in:email:${sha256Hex(email)}`;
const failuresKey = (ip: string) => `sign-in-failures:ip:${rateLimitAddress(ip)}`;

export const SIGN_IN_RATE_LIMITED = msg("signIn.errors.rateLimited");

/** Counts an attempt; false when the address or the email has made too many this hour. */
export async function allowSignInAttempt(ip: string | null, email: string): Promise<boolean> {
  const [byIp, byEmail] = await Promise.all([
    ip ? hitRateLimit(ipKey(ip), POLICY.rateLimits.signInPerIpPerHour, HOUR) : { allowed: true },
    hitRateLimit(emailKey(email), POLICY.rateLimits.signInPerAccountPerHour, HOUR),
  ]);
  return byIp.allowed && byEmail.allowed;
}

export type SignInGate = { powRequired: boolean; powAccepted: boolean; allowed: boolean };

/**
 * Everything a sign-in attempt must pass before its password is checked, in one statement: whether
 * this address must solve a proof-of-work (and, when it must and sent a solved challenge, that the
 * challenge is used for the first time), and the attempt counted per address and per email. An
 * attempt that owed a proof-of-work and sent none is not counted.
 */
export async function passSignInGate(ip: string | null, email: string, powSignature: string | null): Promise<SignInGate> {
  const { signInPerIpPerHour, signInPerAccountPerHour, powWindowMs, powAfterIpFailures } = POLICY.rateLimits;
  const byEmail = emailKey(email);
  const byIp = ip ? ipKey(ip) : null;
  const powKey = powSignature ? powUseKey(powSignature) : null;
  const keys = [byEmail, ...(byIp ? [byIp] : []), ...(powKey ? [powKey] : [])];
  const window = (key: string) => (key === powKey ? POLICY.proofOfWork.ttlMs : HOUR) / 1000;
  const rows = await db().$queryRaw<{ required: boolean; counts: Record<string, number> | null }[]>`
    WITH required AS (
      SELECT ${ip}::text IS NULL
          OR COALESCE((SELECT count FROM "RateLimit"
                       WHERE key = ${failuresKey(ip ?? "")}
                         AND "windowStart" >= now() - make_interval(secs => ${powWindowMs / 1000}::double precision)), 0)
             >= ${powAfterIpFailures} AS yes
    ), attempt AS (
      SELECT k.key, k.secs FROM unnest(${keys}::text[], ${keys.map(window)}::double precision[]) AS k(key, secs), required
      WHERE (NOT required.yes OR ${powKey !== null}) AND (k.key <> ${powKey ?? ""} OR required.yes)
    ), hits AS (
      INSERT INTO "RateLimit" (key, "windowStart", count)
      SELECT key, now(), 1 FROM attempt
      ON CONFLICT (key) DO UPDATE SET
        count = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => (SELECT secs FROM attempt WHERE attempt.key = "RateLimit".key))
                     THEN 1 ELSE "RateLimit".count + 1 END,
        "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => (SELECT secs FROM attempt WHERE attempt.key = "RateLimit".key))
                     THEN now() ELSE "RateLimit"."windowStart" END
      RETURNING key, count
    )
    SELECT (SELECT yes FROM required) AS required, (SELECT json_object_agg(key, count) FROM hits) AS counts`;
  const powRequired = Boolean(rows[0]?.required);
  const counts = rows[0]?.counts ?? {};
  const counted = (key: string | null, limit: number) => key === null || (counts[key] !== undefined && Number(counts[key]) <= limit);
  const powAccepted = powRequired && powKey !== null && Number(counts[powKey]) === 1;
  const allowed = counted(byEmail, signInPerAccountPerHour) && counted(byIp, signInPerIpPerHour);
  return { powRequired, powAccepted, allowed };
}

export async function recordSignInFailure(ip: string | null): Promise<void> {
  if (ip) await hitRateLimit(failuresKey(ip), Number.MAX_SAFE_INTEGER, POLICY.rateLimits.powWindowMs);
}

/** After 3 failed sign-ins from an address (within the hour), each new try needs a proof-of-work. */
export async function proofOfWorkRequired(ip: string | null): Promise<boolean> {
  if (!ip) return true;
  return (await peekRateLimit(failuresKey(ip), POLICY.rateLimits.powWindowMs)) >= POLICY.rateLimits.powAfterIpFailures;
}

/** A try with an email that has no account (or no password yet), kept for review. */
export async function recordUnknownEmailAttempt(tx: Tx, email: string, ip: string | null): Promise<void> {
  await tx.unknownSignInAttempt.create({ data: { emailHash: keyedHash(email, "unknown-sign-in"), ip } });
}
