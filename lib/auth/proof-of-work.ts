import "server-only";
import { createChallenge, verifySolution } from "altcha-lib/v1";
import { keyedHash } from "../crypto/tokens";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";
import { POLICY } from "../security-policy";

// A self-hosted proof-of-work (ALTCHA): the browser spends a few seconds of hashing before a sign-in
// attempt, which costs a person nothing and a password-guessing script a lot. Challenges are signed
// with a key derived from AUTH_SECRET, expire, and are accepted once.

function hmacKey(): string {
  return keyedHash("altcha", "proof-of-work-key");
}

/** A fresh signed challenge, as the JSON the browser's solver takes. */
export async function newPowChallenge(): Promise<string> {
  const challenge = await createChallenge({
    hmacKey: hmacKey(),
    maxNumber: POLICY.proofOfWork.maxNumber,
    expires: new Date(Date.now() + POLICY.proofOfWork.ttlMs),
  });
  return JSON.stringify(challenge);
}

/** True for a solved, unexpired, untampered challenge seen for the first time. */
export async function acceptPowSolution(payload: unknown): Promise<boolean> {
  const signature = await solvedPowSignature(payload);
  if (!signature) return false;
  const firstUse = await hitRateLimit(powUseKey(signature), 1, POLICY.proofOfWork.ttlMs);
  return firstUse.allowed;
}

/** The rate-limit key that marks a solved challenge used (its count must be 1 on first use). */
export function powUseKey(signature: string): string {
  return `pow:${signature}`;
}

/**
 * The signature of a solved, unexpired, untampered challenge, or null; whether it was used before
 * is for the caller to check (acceptPowSolution, or in one statement with the sign-in limits).
 */
export async function solvedPowSignature(payload: unknown): Promise<string | null> {
  if (typeof payload !== "string" || payload.length === 0 || payload.length > 2000) return null;
  let decoded: { signature?: unknown };
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as { signature?: unknown };
  } catch {
    return null;
  }
  if (typeof decoded?.signature !== "string") return null;
  try {
    return (await verifySolution(payload, hmacKey(), true)) ? decoded.signature : null;
  } catch {
    return null;
  }
}
