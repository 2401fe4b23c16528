import { isCommonPassword } from "./common-passwords";
import { unmetRules } from "./rules";

/** Why a new password is refused, or null if it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  const unmet = unmetRules(password);
  if (unmet.length > 0) {
    return `Your password must have: ${unmet.map((rule) => rule.label.charAt(0).toLowerCase() + rule.label.slice(1)).join("; ")}.`;
  }
  const lower = password.toLowerCase();
  const [localPart] = email.toLowerCase().split("@");
  if (lower.includes(email.toLowerCase()) || (localPart.length >= 3 && lower.includes(localPart))) {
    return "Your password must not contain your email address or the part before the @.";
  }
  if (isCommonPassword(password)) {
    return "This password is too common and easy to guess. Choose one that is not a common word or pattern.";
  }
  return null;
}
