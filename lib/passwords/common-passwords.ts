import { dictionary } from "@zxcvbn-ts/language-common";
import { POLICY } from "../security-policy";

// The most common passwords, from the rank-ordered list that ships with zxcvbn-ts (lower case).
let common: Set<string> | undefined;

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"].slice(0, POLICY.password.commonListSize));
  return common;
}

/**
 * True when the password is one of the most common ones, ignoring case, or is one of them with
 * digits and symbols stuck on either end ("Password1!", "!Summer2024").
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return true;
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  return core.length >= 4 && core !== lower && commonPasswords().has(core);
}
