import "server-only";
import { keyedHash, normalizeCrockford, randomCrockford } from "../crypto/tokens";

// The Online Access Code printed on the Account Access Notice: 12 characters of Crockford base32
// (60 bits), shown as 7KQ2-M9TX-4HPB, stored only as a keyed hash, valid 90 days, used once.

export const ACCESS_CODE_LENGTH = 12;
export const ACCESS_CODE_TTL_MS = 90 * 24 * 60 * 60_000;
const PURPOSE = "online-access-code";

export function newAccessCode(): { code: string; hash: string } {
  const raw = randomCrockford(ACCESS_CODE_LENGTH);
  return { code: raw.match(/.{4}/g)!.join("-"), hash: keyedHash(raw, PURPOSE) };
}

/** The hash to look for, or null when the input cannot be a code (wrong length or characters). */
export function accessCodeHash(input: unknown): string | null {
  if (typeof input !== "string" || input.length > 40) return null;
  const raw = normalizeCrockford(input);
  return raw.length === ACCESS_CODE_LENGTH && /^[0-9A-HJKMNP-TV-Z]+$/.test(raw) ? keyedHash(raw, PURPOSE) : null;
}
