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
  if (typeof payload !== "string" || payload.length === 0 || payload.length > 2000) return false;
  let decoded: { signature?: unknown };
  try {
    decoded = JSON.parse(Buffer.from(payload, "base64").toString("utf8")) as { signature?: unknown };
  } catch {
    return false;
  }
  if (typeof decoded?.signature !== "string") return false;
  let valid = false;
  try {
    valid = await verifySolution(payload, hmacKey(), true);
  } catch {
    return false;
  }
  if (!valid) return false;
  const firstUse = await hitRateLimit(`pow:${decoded.signature}`, 1, POLICY.proofOfWork.ttlMs);
  return firstUse.allowed;
}
