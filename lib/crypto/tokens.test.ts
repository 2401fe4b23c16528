import { describe, expect, it } from "vitest";
import { keyedHash, normalizeCrockford, randomCrockford, randomDigits, randomToken, safeEqualHex, sha256Hex } from "./tokens";

describe("randomToken", () => {
  it("is 256 bits, base64url without padding (43 characters)", () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
  });

  it("is different every time", () => {
    const tokens = new Set(Array.from({ length: 200 }, randomToken));
    expect(tokens.size).toBe(200);
  });
});

describe("sha256Hex", () => {
  it("is SHA-256 in hex", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });
});

describe("keyedHash", () => {
  it("is deterministic, 64 hex digits, and depends on the purpose and the value", () => {
    const a = keyedHash("123456", "otp");
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(keyedHash("123456", "otp")).toBe(a);
    expect(keyedHash("123456", "backup-code")).not.toBe(a);
    expect(keyedHash("123457", "otp")).not.toBe(a);
    // keyed: not the plain SHA-256 of the value
    expect(a).not.toBe(sha256Hex("otp:123456"));
  });
});

describe("safeEqualHex", () => {
  it("compares hex strings", () => {
    const hash = sha256Hex("x");
    expect(safeEqualHex(hash, sha256Hex("x"))).toBe(true);
    expect(safeEqualHex(hash, sha256Hex("y"))).toBe(false);
    expect(safeEqualHex(hash, hash.slice(0, 62))).toBe(false);
    expect(safeEqualHex(hash, "")).toBe(false);
  });
});

describe("randomDigits", () => {
  it("gives exactly n decimal digits, leading zeros included", () => {
    for (const n of [1, 6, 12]) expect(randomDigits(n)).toMatch(new RegExp(`^\\d{${n}}$`));
    const firstDigits = new Set(Array.from({ length: 400 }, () => randomDigits(6)[0]));
    expect(firstDigits.has("0")).toBe(true);
    expect(firstDigits.size).toBe(10);
  });
});

describe("randomCrockford", () => {
  it("gives n characters of Crockford base32 (no I, L, O, U)", () => {
    for (const n of [1, 16, 40]) expect(randomCrockford(n)).toMatch(new RegExp(`^[0-9A-HJKMNP-TV-Z]{${n}}$`));
    const seen = new Set(Array.from({ length: 200 }, () => randomCrockford(16)).join(""));
    expect(seen.size).toBe(32);
  });
});

describe("normalizeCrockford", () => {
  it("reads codes as people type them", () => {
    expect(normalizeCrockford("abcd-efgh-jkmn-pqrs")).toBe("ABCDEFGHJKMNPQRS");
    expect(normalizeCrockford(" 0123 4567\t89AB-CDEF ")).toBe("0123456789ABCDEF");
    expect(normalizeCrockford("oOiIlL")).toBe("001111");
    expect(normalizeCrockford("")).toBe("");
  });

  it("round-trips a generated code shown in groups", () => {
    const code = randomCrockford(16);
    const shown = code.match(/.{4}/g)!.join("-").toLowerCase();
    expect(normalizeCrockford(shown)).toBe(code);
  });
});
