// What each security notice says. Plain facts only: what happened, when, from which device; never
// a code, a password or case details.

export const SECURITY_NOTICES = {
  new_sign_in: { subject: "New sign-in to your account", lead: "Your account was just signed in to." },
  password_known: {
    subject: "Someone entered your password",
    lead: "Someone signed in with your correct password but did not pass two-step verification. If this was not you, your password is known to someone else: change it now.",
  },
  locked_out: {
    subject: "Sign-in to your account is paused",
    lead: "After 5 wrong passwords in a row, sign-in to your account is paused for 20 minutes. Nothing else has changed.",
  },
  backup_code_used: {
    subject: "Your backup code was used",
    lead: "Your backup code was used to sign in. It no longer works; a new backup code was shown once after the sign-in.",
  },
  password_changed: { subject: "Your password was changed", lead: "The password of your account was changed." },
  password_reset: {
    subject: "Your password was reset",
    lead: "The password of your account was reset with your security questions. Every other session was signed out.",
  },
  email_changed: {
    subject: "Your account email address was changed",
    lead: "The email address of your account was changed. Messages now go to the new address.",
  },
  phone_changed: { subject: "Your mobile number was changed", lead: "The mobile number used for text-message codes was changed." },
  method_added: { subject: "A verification method was added", lead: "A two-step verification method was added to your account." },
  method_removed: { subject: "A verification method was removed", lead: "A two-step verification method was removed from your account." },
  passkey_added: {
    subject: "A passkey was added",
    lead: "A passkey was added to your account. It can be used instead of a one-time code.",
  },
  passkey_removed: { subject: "A passkey was removed", lead: "A passkey was removed from your account." },
  backup_code_regenerated: {
    subject: "Your backup code was replaced",
    lead: "A new backup code was created. The old one no longer works.",
  },
  questions_changed: {
    subject: "Your password reset questions were changed",
    lead: "The security questions used to reset your password were changed.",
  },
  contact_changed: { subject: "Your contact information was updated", lead: "The contact information in your account was updated." },
} as const;

export type SecurityNoticeKind = keyof typeof SECURITY_NOTICES;
