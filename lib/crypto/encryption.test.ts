import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvCache } from "../env";
import { decryptSecret, encryptSecret } from "./encryption";

const originalKey = process.env.DATA_ENCRYPTION_KEY;

afterEach(() => {
  process.env.DATA_ENCRYPTION_KEY = originalKey;
  resetEnvCache();
});

/** Flips one bit of the base64url part at `index` of a sealed value. */
function flip(sealed: string, index: number): string {
  const parts = sealed.split(".");
  const bytes = Buffer.from(parts[index], "base64url");
  bytes[0] ^= 0x01;
  parts[index] = bytes.toString("base64url");
  return parts.join(".");
}

describe("encryptSecret / decryptSecret", () => {
  it("round-trips text, including non-ASCII", () => {
    for (const secret of ["JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "a", "ümlaut ✓ 秘密"]) {
      expect(decryptSecret(encryptSecret(secret))).toBe(secret);
    }
  });

  it("uses the v1.<iv>.<tag>.<ciphertext> format with a 96-bit IV and 128-bit tag", () => {
    const [version, iv, tag, ciphertext] = encryptSecret("secret").split(".");
    expect(version).toBe("v1");
    expect(Buffer.from(iv, "base64url")).toHaveLength(12);
    expect(Buffer.from(tag, "base64url")).toHaveLength(16);
    expect(Buffer.from(ciphertext, "base64url")).toHaveLength(6);
  });

  it("never produces the same output twice, and does not contain the plaintext", () => {
    const a = encryptSecret("JBSWY3DPEHPK3PXP");
    const b = encryptSecret("JBSWY3DPEHPK3PXP");
    expect(a).not.toBe(b);
    expect(a).not.toContain("JBSWY3DPEHPK3PXP");
  });

  it("detects tampering with the IV, the tag or the ciphertext", () => {
    const sealed = encryptSecret("JBSWY3DPEHPK3PXP");
    for (const part of [1, 2, 3]) expect(() => decryptSecret(flip(sealed, part))).toThrow();
  });

  it("refuses unknown formats", () => {
    const sealed = encryptSecret("x");
    expect(() => decryptSecret(sealed.replace(/^v1/, "v2"))).toThrow(/Unrecognised/);
    expect(() => decryptSecret("v1.only.three")).toThrow(/Unrecognised/);
    expect(() => decryptSecret("plain text")).toThrow(/Unrecognised/);
  });

  it("cannot be read with another key", () => {
    const sealed = encryptSecret("JBSWY3DPEHPK3PXP");
    process.env.DATA_ENCRYPTION_KEY = randomBytes(32).toString("base64");
    resetEnvCache();
    expect(() => decryptSecret(sealed)).toThrow();
  });
  it("round-trips an empty string", () => {
    expect(decryptSecret(encryptSecret(""))).toBe("");
  });
});
