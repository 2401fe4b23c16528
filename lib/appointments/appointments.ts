import "server-only";
import { db } from "../db";
import type { NoticeKind } from "../generated/prisma/client";
import { parseReceiptNumber } from "../cases/receipt-number";
import { isId } from "../ids";
import { INTERVIEW_CANCELLED } from "./appointment-statuses";
import type { OfficeInfo } from "./offices";

// The appointments of a case as its owner sees them: each kind's newest notice (a later notice of the
// same kind replaces an earlier one), while it is still ahead, with its office and whether a request
// to reschedule it is open. Only the case's owner gets anything; anyone else, null or an empty list.

export const APPOINTMENT_KINDS = ["BIOMETRICS_APPOINTMENT", "INTERVIEW"] as const satisfies readonly NoticeKind[];
export type AppointmentKind = (typeof APPOINTMENT_KINDS)[number];

export function isAppointmentKind(kind: NoticeKind): kind is AppointmentKind {
  return (APPOINTMENT_KINDS as readonly NoticeKind[]).includes(kind);
}

export type Appointment = {
  noticeId: string;
  caseId: string;
  receiptNumber: string;
  kind: AppointmentKind;
  at: Date;
  office: OfficeInfo | null;
  /** Free text where, for a notice issued before offices existed. */
  location: string | null;
  /** When the owner asked to move it, while that request is open. */
  rescheduleRequestedAt: Date | null;
};

/** What an appointment needs of a notice besides its case (caseForOwner reads it with the case's notices). */
export const APPOINTMENT_NOTICE_SELECT = {
  id: true,
  caseId: true,
  kind: true,
  issuedAt: true,
  appointmentAt: true,
  location: true,
  office: {
    select: { code: true, name: true, addressLine1: true, addressLine2: true, city: true, state: true, postalCode: true, timeZone: true },
  },
  rescheduleRequests: { where: { handledAt: null }, select: { createdAt: true }, take: 1 },
} as const;

const SELECT = { ...APPOINTMENT_NOTICE_SELECT, case: { select: { receiptNumber: true } } } as const;

export type AppointmentNotice = {
  id: string;
  caseId: string;
  kind: NoticeKind;
  issuedAt: Date;
  appointmentAt: Date | null;
  location: string | null;
  office: OfficeInfo | null;
  rescheduleRequests: { createdAt: Date }[];
};

type Row = AppointmentNotice & { case: { receiptNumber: string } };

/**
 * The upcoming appointments among one case's notices (newest first): each kind's newest notice,
 * while it is still ahead and, for an interview, not cancelled since (`events`: the case's history),
 * soonest first.
 */
export function upcomingFromNotices(
  receiptNumber: string,
  notices: AppointmentNotice[],
  events: { status: string; at: Date }[],
  now = new Date(),
): Appointment[] {
  const newest = new Map<NoticeKind, AppointmentNotice>();
  for (const notice of notices) if (isAppointmentKind(notice.kind) && !newest.has(notice.kind)) newest.set(notice.kind, notice);
  const cancelled = (notice: AppointmentNotice) =>
    notice.kind === "INTERVIEW" && events.some((event) => event.status === INTERVIEW_CANCELLED && event.at >= notice.issuedAt);
  return [...newest.values()]
    .filter((notice) => !cancelled(notice))
    .map((notice) => toAppointment({ ...notice, case: { receiptNumber } }))
    .filter((a): a is Appointment => a !== null && a.at > now)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}

function toAppointment(row: Row): Appointment | null {
  if (!isAppointmentKind(row.kind) || !row.appointmentAt) return null;
  return {
    noticeId: row.id,
    caseId: row.caseId,
    receiptNumber: row.case.receiptNumber,
    kind: row.kind,
    at: row.appointmentAt,
    office: row.office,
    location: row.location,
    rescheduleRequestedAt: row.rescheduleRequests[0]?.createdAt ?? null,
  };
}

/** The case's upcoming appointments (newest notice of each kind), for its owner. */
export async function upcomingAppointments(owner: { id: string }, receiptInput: unknown, now = new Date()): Promise<Appointment[]> {
  const parsed = parseReceiptNumber(receiptInput);
  if (!parsed.ok) return [];
  const where = { receiptNumber: parsed.receiptNumber, ownerId: owner.id };
  const [rows, cancellations] = await Promise.all([
    db().notice.findMany({
      where: { case: where, kind: { in: [...APPOINTMENT_KINDS] } },
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      select: SELECT,
    }),
    db().caseEvent.findMany({ where: { case: where, status: INTERVIEW_CANCELLED }, select: { status: true, at: true } }),
  ]);
  return upcomingFromNotices(parsed.receiptNumber, rows, cancellations, now);
}

/** One appointment notice of the owner's case; null for anyone else, another case's notice, or a notice without an appointment. */
export async function appointmentForOwner(owner: { id: string }, receiptInput: unknown, noticeId: unknown): Promise<Appointment | null> {
  const parsed = parseReceiptNumber(receiptInput);
  if (!parsed.ok || !isId(noticeId)) return null;
  const row = await db().notice.findFirst({
    where: { id: noticeId.toLowerCase(), case: { receiptNumber: parsed.receiptNumber, ownerId: owner.id } },
    select: SELECT,
  });
  return row ? toAppointment(row) : null;
}
