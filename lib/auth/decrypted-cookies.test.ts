import { describe, expect, it } from "vitest";
import { decryptedCookies, type Decrypted } from "./decrypted-cookies";

function counting(results: Record<string, Decrypted>) {
  const calls: string[] = [];
  const decrypt = async (value: string) => {
    calls.push(value);
    return results[value] ?? null;
  };
  return { calls, decrypt };
}

describe("decrypted session cookies", () => {
  it("decrypts a cookie once and answers its token from memory after that", async () => {
    const { calls, decrypt } = counting({ a: { token: "token-a", expiresAt: 2_000 } });
    const tokenIn = decryptedCookies(decrypt);
    expect(await tokenIn("a", 1_000)).toBe("token-a");
    expect(await tokenIn("a", 1_500)).toBe("token-a");
    expect(calls).toEqual(["a"]);
  });

  it("never keeps what did not decrypt, and gives nothing once the cookie has expired", async () => {
    const { calls, decrypt } = counting({ a: { token: "token-a", expiresAt: 2_000 }, old: { token: "t", expiresAt: 500 } });
    const tokenIn = decryptedCookies(decrypt);
    expect(await tokenIn("forged", 1_000)).toBeNull();
    expect(await tokenIn("forged", 1_000)).toBeNull();
    expect(await tokenIn("old", 1_000)).toBeNull();
    expect(await tokenIn("a", 1_000)).toBe("token-a");
    expect(await tokenIn("a", 2_000)).toBeNull();
    expect(calls).toEqual(["forged", "forged", "old", "a"]);
  });

  it("keeps at most the given number, forgetting the least recently used", async () => {
    const results = Object.fromEntries(["a", "b", "c"].map((v) => [v, { token: `token-${v}`, expiresAt: 9_000 }]));
    const { calls, decrypt } = counting(results);
    const tokenIn = decryptedCookies(decrypt, 2);
    await tokenIn("a", 1_000);
    await tokenIn("b", 1_000);
    await tokenIn("a", 1_000); // a is now the most recent
    await tokenIn("c", 1_000); // b goes
    await tokenIn("a", 1_000);
    await tokenIn("b", 1_000);
    expect(calls).toEqual(["a", "b", "c", "b"]);
  });

  it("answers a cookie it was told about without decrypting it, and forgets it on expiry like any other", async () => {
    const { calls, decrypt } = counting({});
    const tokenIn = decryptedCookies(decrypt);
    tokenIn.remember("fresh", { token: "token-fresh", expiresAt: 2_000 });
    expect(await tokenIn("fresh", 1_000)).toBe("token-fresh");
    expect(calls).toEqual([]);
    expect(await tokenIn("fresh", 2_000)).toBeNull();
  });
});
