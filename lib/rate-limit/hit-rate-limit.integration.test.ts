import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hitRateLimit } from "./hit-rate-limit";

describe("hitRateLimit", () => {
  it("allows up to the limit within a window, then refuses, counting every attempt", async () => {
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await hitRateLimit("test:key", 3, 60_000));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false, false]);
    expect(results.map((r) => r.count)).toEqual([1, 2, 3, 4, 5]);
  });

  it("keeps separate counters per key", async () => {
    await hitRateLimit("test:a", 1, 60_000);
    expect((await hitRateLimit("test:a", 1, 60_000)).allowed).toBe(false);
    expect(await hitRateLimit("test:b", 1, 60_000)).toEqual({ allowed: true, count: 1 });
  });

  it("starts a new window once the old one has passed", async () => {
    for (let i = 0; i < 3; i++) await hitRateLimit("test:window", 2, 60_000);
    expect((await hitRateLimit("test:window", 2, 60_000)).allowed).toBe(false);
    // Move the window two minutes into the past, as if time had passed.
    await db().$executeRaw`UPDATE "RateLimit" SET "windowStart" = "windowStart" - interval '2 minutes' WHERE key = 'test:window'`;
    expect(await hitRateLimit("test:window", 2, 60_000)).toEqual({ allowed: true, count: 1 });
  });

  it("counts concurrent attempts exactly (one atomic statement each)", async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => hitRateLimit("test:concurrent", 4, 60_000)));
    expect(results.filter((r) => r.allowed)).toHaveLength(4);
    expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});
