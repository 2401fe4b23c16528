import { msg } from "../i18n/message-ref";

// Every action the audit log records, with the plain words the audit page shows for it (msg()
// references, read in the officer's language). Actions are stored as text, so a row of an action no
// longer listed still reads as something.

const ACTIONS = {
  "case.intake": msg("agency.audit.actions.case_intake"),
  "case.status_added": msg("agency.audit.actions.case_status_added"),
  "case.notice_issued": msg("agency.audit.actions.case_notice_issued"),
  "case.evidence_requested": msg("agency.audit.actions.case_evidence_requested"),
  "case.evidence_reviewed": msg("agency.audit.actions.case_evidence_reviewed"),
  "case.appointment_rescheduled": msg("agency.audit.actions.case_appointment_rescheduled"),
  "case.viewed": msg("agency.audit.actions.case_viewed"),
  "case.searched": msg("agency.audit.actions.case_searched"),
  "document.downloaded": msg("agency.audit.actions.document_downloaded"),
  "message.replied": msg("agency.audit.actions.message_replied"),
  "message.viewed": msg("agency.audit.actions.message_viewed"),
  "alert.retried": msg("agency.audit.actions.alert_retried"),
  "job.retried": msg("agency.audit.actions.job_retried"),
  "officer.invited": msg("agency.audit.actions.officer_invited"),
  "representation.recorded": msg("agency.audit.actions.representation_recorded"),
  "representation.removed": msg("agency.audit.actions.representation_removed"),
  "representative.viewed": msg("agency.audit.actions.representative_viewed"),
  "representative.verified": msg("agency.audit.actions.representative_verified"),
};

export type AuditAction = keyof typeof ACTIONS;

export const AUDIT_ACTIONS = Object.keys(ACTIONS) as AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(ACTIONS, value);
}

export function describeAuditAction(action: string): string {
  return isAuditAction(action) ? ACTIONS[action] : msg("agency.audit.actions.other", { action });
}
