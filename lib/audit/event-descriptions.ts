// What each account-history entry means, in plain language. Kinds are stored as text, so older or
// unknown kinds still get a readable line.

const DESCRIPTIONS: Record<string, string> = {
  "sign_up.started": "Started creating the account",
  "officer.invited": "Officer account invitation created",
  "email.confirmed": "Confirmed the email address",
  "terms.accepted": "Accepted the terms of use",
  "password.set": "Set a password",
  "mfa.method_added": "Added a two-step verification method",
  "mfa.verified": "Verified a two-step verification method",
  "mfa.code_failed": "Wrong verification code entered",
  "backup_code.issued": "Backup code created",
  "security_questions.set": "Password reset questions set",
  "sign_up.completed": "Finished creating the account",
  "sign_in.succeeded": "Signed in",
  "sign_in.password_failed": "Failed sign-in: wrong password",
  sign_out: "Signed out",
  "sign_in.locked": "Sign-in paused after too many wrong passwords",
  "sign_in.refused_locked": "Sign-in refused while paused",
  "sign_in.rate_limited": "Sign-in refused: too many attempts",
  "sign_in.backup_code_used": "Signed in with the backup code",
  "mfa.locked": "Code entry paused after too many wrong codes",
  "reauth.succeeded": "Confirmed identity before changing settings",
  "password.changed": "Password changed",
  "password.reset_requested": "Password reset requested",
  "password.reset_answers_failed": "Password reset: wrong answers to the security questions",
  "password.reset_answers_passed": "Password reset: security questions answered",
  "password.reset": "Password reset",
  "not_me.reported": 'Reported a change as "this wasn\'t me"',
  "session.ended": "Signed out of another session",
  "sessions.ended_others": "Signed out of all other sessions",
  "email.change_requested": "Email address change requested",
  "email.changed": "Email address changed",
  "phone.changed": "Mobile number changed",
  "mfa.method_removed": "Removed a two-step verification method",
  "passkey.added": "Passkey added",
  "passkey.removed": "Passkey removed",
  "backup_code.regenerated": "New backup code created",
  "security_questions.changed": "Password reset questions changed",
  "contact.updated": "Contact information updated",
  "case.linked": "Added a paper-filed case",
  "alerts.changed": "Changed how you get case alerts",
  "representative_profile.saved": "Representative profile saved",
  "representative.verified": "An officer verified your representative details",
};

export const UNKNOWN_EVENT_DESCRIPTION = "Other account activity";

export function describeSecurityEvent(kind: string): string {
  return Object.hasOwn(DESCRIPTIONS, kind) ? DESCRIPTIONS[kind] : UNKNOWN_EVENT_DESCRIPTION;
}

/** Every kind that has a description (for the test that keeps this list complete). */
export const DESCRIBED_KINDS = Object.keys(DESCRIPTIONS);
