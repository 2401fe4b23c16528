import type { NoticeKind } from "../generated/prisma/client";

// The statuses a notice sets, and the date that goes with a status: the appointment of the notice
// that set it, or the due date of the open request for evidence.

export const NOTICE_STATUS: Partial<Record<NoticeKind, string>> = {
  BIOMETRICS_APPOINTMENT: "Biometrics Appointment Was Scheduled",
  INTERVIEW: "Interview Was Scheduled",
  APPROVAL: "Case Was Approved",
  DENIAL: "Case Was Denied",
};

const EVIDENCE_REQUESTED = ["Request for Initial Evidence Was Sent", "Request for Additional Evidence Was Sent"];

/** `officeTimeZone`: the appointment is shown on its office's clock (appointmentTime); null without an office. */
export type StatusDate =
  { kind: "appointment"; at: Date; location: string | null; officeTimeZone: string | null } | { kind: "due"; at: Date };

/**
 * The appointment (from the newest notice of the kind that sets this status) or the due date (the
 * soonest open request for evidence) that belongs with the status; null when none does.
 */
export function statusDate(
  status: string,
  notices: {
    kind: NoticeKind;
    issuedAt: Date;
    appointmentAt: Date | null;
    location: string | null;
    office: { timeZone: string } | null;
  }[],
  openRequests: { dueAt: Date }[],
): StatusDate | null {
  if (EVIDENCE_REQUESTED.includes(status)) {
    const soonest = openRequests.map((r) => r.dueAt).sort((a, b) => a.getTime() - b.getTime())[0];
    return soonest ? { kind: "due", at: soonest } : null;
  }
  const kinds = (Object.keys(NOTICE_STATUS) as NoticeKind[]).filter((kind) => NOTICE_STATUS[kind] === status);
  const notice = notices
    .filter((n) => kinds.includes(n.kind) && n.appointmentAt)
    .sort((a, b) => b.issuedAt.getTime() - a.issuedAt.getTime())[0];
  if (!notice?.appointmentAt) return null;
  return { kind: "appointment", at: notice.appointmentAt, location: notice.location, officeTimeZone: notice.office?.timeZone ?? null };
}
