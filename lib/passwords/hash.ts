import argon2 from "argon2";
import { POLICY } from "../security-policy";

export function hashSecret(secret: string): Promise<string> {
  return argon2.hash(secret, { type: argon2.argon2id, ...POLICY.argon2 });
}

export async function verifySecret(hash: string, secret: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, secret);
  } catch {
    return false;
  }
}

// Compared against when no account exists, so an unknown email costs the same time as a known one.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashSecret("decoy-password-for-equal-timing");
  return decoy;
}
