import { msg } from "../i18n/message-ref";
import { POLICY } from "../security-policy";

// The published password rule, shared by the live checklist in the browser and the server. Each
// label is a msg() reference, shown in the reader's language.

export type PasswordRule = { id: "length" | "upper" | "lower" | "special"; label: string; test: (password: string) => boolean };

export const PASSWORD_RULES: PasswordRule[] = [
  {
    id: "length",
    label: msg("ui.passwordRules.length", { min: POLICY.password.minLength, max: POLICY.password.maxLength }),
    test: (p) => p.length >= POLICY.password.minLength && p.length <= POLICY.password.maxLength,
  },
  { id: "upper", label: msg("ui.passwordRules.upper"), test: (p) => /\p{Lu}/u.test(p) },
  { id: "lower", label: msg("ui.passwordRules.lower"), test: (p) => /\p{Ll}/u.test(p) },
  { id: "special", label: msg("ui.passwordRules.special"), test: (p) => /[^\p{L}\p{N}\s]/u.test(p) },
];

export function unmetRules(password: string): PasswordRule[] {
  return PASSWORD_RULES.filter((rule) => !rule.test(password));
}
