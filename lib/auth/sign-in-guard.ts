import "server-only";
import type { Tx } from "../db";
import { keyedHash, sha256Hex } from "../crypto/tokens";
import { hitRateLimit, peekRateLimit } from "../rate-limit/hit-rate-limit";
import { POLICY } from "../security-policy";

// Limits on sign-in attempts, kept in the database so every server instance shares them: per
// address and per email (whether or not it has an account, so the limit reveals nothing), and the
// proof-of-work that failures from one address switch on. A try with an unknown email counts
// like any other (the attempt and the failure) and is also kept, the email hashed.
// Without an address (only outside the portal's server, which always sets one: tests, scripts, a
// bare `next start`) there is no per-address bucket at all, never one shared by everyone: the email
// limit still counts, and every attempt needs the proof-of-work.

const HOUR = 60 * 60_000;
const ipKey = (ip: string) => `sign-in:ip:${ip}`;
const emailKey = (email: string) => `sign-in:email:${sha256Hex(email)}`;
const failuresKey = (ip: string) => `sign-in-failures:ip:${ip}`;

export const SIGN_IN_RATE_LIMITED = "Too many sign-in attempts. For your security, wait an hour and try again, or reset your password.";

/** Counts an attempt; false when the address or the email has made too many this hour. */
export async function allowSignInAttempt(ip: string | null, email: string): Promise<boolean> {
  const [byIp, byEmail] = await Promise.all([
    ip ? hitRateLimit(ipKey(ip), POLICY.rateLimits.signInPerIpPerHour, HOUR) : { allowed: true },
    hitRateLimit(emailKey(email), POLICY.rateLimits.signInPerAccountPerHour, HOUR),
  ]);
  return byIp.allowed && byEmail.allowed;
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
