import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { env } from "../env";

/** A 256-bit random token for links, URL-safe. */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}

/** True for something shaped like a randomToken(): anything else in a link is not worth a lookup. */
export function isLinkToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** How link tokens are stored: SHA-256, hex. */
export function sha256Hex(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/**
 * How short secrets (one-time codes, backup codes) are stored: a keyed hash, so that a copy of the
 * database alone does not let anyone try all million codes offline.
 */
export function keyedHash(value: string, purpose: string): string {
  return createHmac("sha256", env().AUTH_SECRET).update(`${purpose}:${value}`).digest("hex");
}

export function safeEqualHex(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** n decimal digits from the CSPRNG. */
export function randomDigits(n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += String(randomInt(10));
  return out;
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** n characters of Crockford base32 (5 bits each) from the CSPRNG. */
export function randomCrockford(n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += CROCKFORD[randomInt(32)];
  return out;
}

/** Reads a Crockford base32 string as people type it: any case, dashes and spaces, O for 0, I/L for 1. */
export function normalizeCrockford(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
}
