import { msg } from "../i18n/message-ref";

// What each security notice says (worded in the catalogs, emails.securityNotice.*). Plain facts
// only: what happened, when, from which device; never a code, a password or case details.

export const SECURITY_NOTICES = {
  new_sign_in: { subject: msg("emails.securityNotice.newSignIn.subject"), lead: msg("emails.securityNotice.newSignIn.lead") },
  password_known: { subject: msg("emails.securityNotice.passwordKnown.subject"), lead: msg("emails.securityNotice.passwordKnown.lead") },
  locked_out: { subject: msg("emails.securityNotice.lockedOut.subject"), lead: msg("emails.securityNotice.lockedOut.lead") },
  backup_code_used: {
    subject: msg("emails.securityNotice.backupCodeUsed.subject"),
    lead: msg("emails.securityNotice.backupCodeUsed.lead"),
  },
  password_changed: {
    subject: msg("emails.securityNotice.passwordChanged.subject"),
    lead: msg("emails.securityNotice.passwordChanged.lead"),
  },
  password_reset: { subject: msg("emails.securityNotice.passwordReset.subject"), lead: msg("emails.securityNotice.passwordReset.lead") },
  email_change_requested: {
    subject: msg("emails.securityNotice.emailChangeRequested.subject"),
    lead: msg("emails.securityNotice.emailChangeRequested.lead"),
  },
  email_changed: { subject: msg("emails.securityNotice.emailChanged.subject"), lead: msg("emails.securityNotice.emailChanged.lead") },
  phone_changed: { subject: msg("emails.securityNotice.phoneChanged.subject"), lead: msg("emails.securityNotice.phoneChanged.lead") },
  method_added: { subject: msg("emails.securityNotice.methodAdded.subject"), lead: msg("emails.securityNotice.methodAdded.lead") },
  method_removed: { subject: msg("emails.securityNotice.methodRemoved.subject"), lead: msg("emails.securityNotice.methodRemoved.lead") },
  passkey_added: { subject: msg("emails.securityNotice.passkeyAdded.subject"), lead: msg("emails.securityNotice.passkeyAdded.lead") },
  passkey_removed: {
    subject: msg("emails.securityNotice.passkeyRemoved.subject"),
    lead: msg("emails.securityNotice.passkeyRemoved.lead"),
  },
  backup_code_regenerated: {
    subject: msg("emails.securityNotice.backupCodeRegenerated.subject"),
    lead: msg("emails.securityNotice.backupCodeRegenerated.lead"),
  },
  questions_changed: {
    subject: msg("emails.securityNotice.questionsChanged.subject"),
    lead: msg("emails.securityNotice.questionsChanged.lead"),
  },
  contact_changed: {
    subject: msg("emails.securityNotice.contactChanged.subject"),
    lead: msg("emails.securityNotice.contactChanged.lead"),
  },
} as const;

export type SecurityNoticeKind = keyof typeof SECURITY_NOTICES;
