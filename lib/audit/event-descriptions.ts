import { msg } from "../i18n/message-ref";

// What each account-history entry means, in plain language (worded in messages/<locale>/history.json).
// Kinds are stored as text, so older or unknown kinds still get a readable line.

const DESCRIPTIONS: Record<string, string> = {
  "sign_up.started": msg("history.events.signUpStarted"),
  "officer.invited": msg("history.events.officerInvited"),
  "email.confirmed": msg("history.events.emailConfirmed"),
  "terms.accepted": msg("history.events.termsAccepted"),
  "password.set": msg("history.events.passwordSet"),
  "mfa.method_added": msg("history.events.mfaMethodAdded"),
  "mfa.verified": msg("history.events.mfaVerified"),
  "mfa.code_failed": msg("history.events.mfaCodeFailed"),
  "backup_code.issued": msg("history.events.backupCodeIssued"),
  "security_questions.set": msg("history.events.securityQuestionsSet"),
  "sign_up.completed": msg("history.events.signUpCompleted"),
  "sign_in.succeeded": msg("history.events.signInSucceeded"),
  "sign_in.password_failed": msg("history.events.signInPasswordFailed"),
  sign_out: msg("history.events.signOut"),
  "sign_in.locked": msg("history.events.signInLocked"),
  "sign_in.refused_locked": msg("history.events.signInRefusedLocked"),
  "sign_in.rate_limited": msg("history.events.signInRateLimited"),
  "sign_in.backup_code_used": msg("history.events.signInBackupCodeUsed"),
  "mfa.locked": msg("history.events.mfaLocked"),
  "reauth.succeeded": msg("history.events.reauthSucceeded"),
  "password.changed": msg("history.events.passwordChanged"),
  "password.reset_requested": msg("history.events.passwordResetRequested"),
  "password.reset_answers_failed": msg("history.events.passwordResetAnswersFailed"),
  "password.reset_answers_passed": msg("history.events.passwordResetAnswersPassed"),
  "password.reset": msg("history.events.passwordReset"),
  "not_me.reported": msg("history.events.notMeReported"),
  "session.ended": msg("history.events.sessionEnded"),
  "sessions.ended_others": msg("history.events.sessionsEndedOthers"),
  "email.change_requested": msg("history.events.emailChangeRequested"),
  "email.changed": msg("history.events.emailChanged"),
  "email.restored": msg("history.events.emailRestored"),
  "phone.changed": msg("history.events.phoneChanged"),
  "mfa.method_removed": msg("history.events.mfaMethodRemoved"),
  "passkey.added": msg("history.events.passkeyAdded"),
  "passkey.removed": msg("history.events.passkeyRemoved"),
  "backup_code.regenerated": msg("history.events.backupCodeRegenerated"),
  "security_questions.changed": msg("history.events.securityQuestionsChanged"),
  "contact.updated": msg("history.events.contactUpdated"),
  "case.linked": msg("history.events.caseLinked"),
  "alerts.changed": msg("history.events.alertsChanged"),
  "representative_profile.saved": msg("history.events.representativeProfileSaved"),
  "representative.verified": msg("history.events.representativeVerified"),
  "time_zone.changed": msg("history.events.timeZoneChanged"),
};

export const UNKNOWN_EVENT_DESCRIPTION = msg("history.events.other");

/** A msg() reference: the page shows it in the reader's language. */
export function describeSecurityEvent(kind: string): string {
  return Object.hasOwn(DESCRIPTIONS, kind) ? DESCRIPTIONS[kind] : UNKNOWN_EVENT_DESCRIPTION;
}

/** Every kind that has a description (for the test that keeps this list complete). */
export const DESCRIBED_KINDS = Object.keys(DESCRIPTIONS);
