import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POLICY } from "@/lib/security-policy";
import { allowSignInAttempt, proofOfWorkRequired, recordSignInFailure } from "./sign-in-guard";

// Per-address sign-in limits: each address is its own bucket, and a request without an address
// (only outside the portal's server) shares no bucket with anyone.

describe("the sign-in guard's buckets", () => {
  it("switches the proof-of-work on for the failing address only", async () => {
    for (let i = 0; i < POLICY.rateLimits.powAfterIpFailures; i++) await recordSignInFailure("198.51.100.10");
    expect(await proofOfWorkRequired("198.51.100.10")).toBe(true);
    expect(await proofOfWorkRequired("198.51.100.11")).toBe(false);
  });

  it("without an address, counts nothing per address, asks for the proof-of-work, and keeps the email limit", async () => {
    for (let i = 0; i < POLICY.rateLimits.powAfterIpFailures + 1; i++) await recordSignInFailure(null);
    expect(await db().rateLimit.count({ where: { key: { contains: "unknown" } } })).toBe(0);
    expect(await db().rateLimit.count({ where: { key: { startsWith: "sign-in-failures:" } } })).toBe(0);
    expect(await proofOfWorkRequired(null)).toBe(true);
    // Other clients are not slowed by it.
    expect(await proofOfWorkRequired("198.51.100.12")).toBe(false);

    const results = [];
    for (let i = 0; i < POLICY.rateLimits.signInPerAccountPerHour + 1; i++)
      results.push(await allowSignInAttempt(null, "someone@example.com"));
    expect(results.at(-1)).toBe(false);
    expect(results.slice(0, -1).every(Boolean)).toBe(true);
    expect(await db().rateLimit.count({ where: { key: { startsWith: "sign-in:ip:" } } })).toBe(0);
  });
});
