import { POLICY } from "../security-policy";

// The published password rule, shared by the live checklist in the browser and the server.

export type PasswordRule = { id: string; label: string; test: (password: string) => boolean };

export const PASSWORD_RULES: PasswordRule[] = [
  {
    id: "length",
    label: `At least ${POLICY.password.minLength} characters (at most ${POLICY.password.maxLength})`,
    test: (p) => p.length >= POLICY.password.minLength && p.length <= POLICY.password.maxLength,
  },
  { id: "upper", label: "One uppercase letter (A–Z)", test: (p) => /\p{Lu}/u.test(p) },
  { id: "lower", label: "One lowercase letter (a–z)", test: (p) => /\p{Ll}/u.test(p) },
  { id: "special", label: "One special character, such as ! @ # $ % or *", test: (p) => /[^\p{L}\p{N}\s]/u.test(p) },
];

export function unmetRules(password: string): PasswordRule[] {
  return PASSWORD_RULES.filter((rule) => !rule.test(password));
}
