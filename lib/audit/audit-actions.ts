// Every action the audit log records, with the plain words the audit page shows for it. Actions are
// stored as text, so a row of an action no longer listed still reads as something.

const ACTIONS = {
  "case.intake": "Took in a paper-filed case",
  "case.status_added": "Added a status",
  "case.notice_issued": "Issued a notice",
  "case.evidence_requested": "Opened a request for evidence",
  "case.evidence_reviewed": "Marked an evidence response reviewed",
  "case.appointment_rescheduled": "Set a new appointment on a request to reschedule",
  "case.viewed": "Opened a case",
  "case.searched": "Searched for a case",
  "document.downloaded": "Downloaded a document",
  "message.replied": "Replied to a message",
  "message.viewed": "Opened a message thread",
  "alert.retried": "Sent an undelivered alert again",
  "job.retried": "Ran a failed background job again",
  "officer.invited": "Invited an officer",
  "representation.recorded": "Recorded a paper G-28",
  "representation.removed": "Removed a G-28",
  "representative.viewed": "Opened a representative's profile",
  "representative.verified": "Marked a representative verified",
} as const;

export type AuditAction = keyof typeof ACTIONS;

export const AUDIT_ACTIONS = Object.keys(ACTIONS) as AuditAction[];

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(ACTIONS, value);
}

export function describeAuditAction(action: string): string {
  return isAuditAction(action) ? ACTIONS[action] : `Other action (${action})`;
}
