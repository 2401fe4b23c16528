import "server-only";
import { db } from "../db";
import { parseReceiptNumber } from "../cases/receipt-number";
import type { NoticeKind } from "../generated/prisma/client";
import type { CurrentSession } from "../sessions/sessions";
import { officerOf } from "../agency/console/officer-only";

// The requests to reschedule that wait for an officer, oldest first (the console's list and the
// case page's form). Officers only: anyone else gets nothing.

export type OpenRescheduleRequest = {
  id: string;
  receiptNumber: string;
  applicantName: string;
  kind: NoticeKind;
  appointmentAt: Date | null;
  officeCode: string | null;
  officeTimeZone: string | null;
  officeName: string | null;
  reason: string;
  preferredDates: string;
  createdAt: Date;
};

const LIMIT = 200;

async function openRequests(session: CurrentSession, where: object): Promise<OpenRescheduleRequest[]> {
  if (!officerOf(session)) return [];
  const rows = await db().rescheduleRequest.findMany({
    where: { handledAt: null, ...where },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: LIMIT,
    select: {
      id: true,
      reason: true,
      preferredDates: true,
      createdAt: true,
      case: { select: { receiptNumber: true, applicantName: true } },
      notice: { select: { kind: true, appointmentAt: true, office: { select: { code: true, name: true, timeZone: true } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    receiptNumber: row.case.receiptNumber,
    applicantName: row.case.applicantName,
    kind: row.notice.kind,
    appointmentAt: row.notice.appointmentAt,
    officeCode: row.notice.office?.code ?? null,
    officeName: row.notice.office?.name ?? null,
    officeTimeZone: row.notice.office?.timeZone ?? null,
    reason: row.reason,
    preferredDates: row.preferredDates,
    createdAt: row.createdAt,
  }));
}

/** Every open request, oldest first. */
export async function openRescheduleRequests(session: CurrentSession): Promise<OpenRescheduleRequest[]> {
  return openRequests(session, {});
}

/** The open requests of one case (its receipt number as the page has it). */
export async function openRescheduleRequestsOfCase(session: CurrentSession, receipt: unknown): Promise<OpenRescheduleRequest[]> {
  const parsed = parseReceiptNumber(receipt);
  if (!parsed.ok) return [];
  return openRequests(session, { case: { receiptNumber: parsed.receiptNumber } });
}
