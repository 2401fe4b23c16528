import { msg } from "../i18n/message-ref";
import { POLICY } from "../security-policy";
import { isCommonPassword } from "./common-passwords";
import { unmetRules } from "./rules";

/** The unmet rules as one sentence: each rule is "first", "more" (after another one) or "no" in the message. */
function unmetMessage(unmet: { id: string }[]): string {
  const position = (id: string) => {
    const at = unmet.findIndex((rule) => rule.id === id);
    return at < 0 ? "no" : at === 0 ? "first" : "more";
  };
  return msg("ui.passwordRules.unmet", {
    length: position("length"),
    upper: position("upper"),
    lower: position("lower"),
    special: position("special"),
    min: POLICY.password.minLength,
    max: POLICY.password.maxLength,
  });
}

/** Why a new password is refused (a msg() reference), or null if it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  const unmet = unmetRules(password);
  if (unmet.length > 0) return unmetMessage(unmet);
  const lower = password.toLowerCase();
  const [localPart] = email.toLowerCase().split("@");
  if (lower.includes(email.toLowerCase()) || (localPart.length >= 3 && lower.includes(localPart))) {
    return msg("ui.passwordRules.containsEmail");
  }
  if (isCommonPassword(password)) return msg("ui.passwordRules.tooCommon");
  return null;
}
