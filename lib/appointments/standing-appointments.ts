import "server-only";
import type { Tx } from "../db";
import type { NoticeKind } from "../generated/prisma/client";
import { INTERVIEW_CANCELLED } from "./appointment-statuses";
import { APPOINTMENT_KINDS } from "./appointments";

// Which appointment notices still stand. Rescheduling issues a new notice of the same kind and
// leaves the old one as it was, so of each kind only a case's newest notice counts (newest by
// issuedAt, then id, as the owner's appointments list orders them); an interview stops counting
// once the case records "Interview Cancelled" after its notice.

type NoticeRef = { id: string; caseId: string; kind: NoticeKind; issuedAt: Date };

async function interviewCancelled(tx: Tx, notice: NoticeRef): Promise<boolean> {
  if (notice.kind !== "INTERVIEW") return false;
  const cancelled = await tx.caseEvent.count({
    where: { caseId: notice.caseId, status: INTERVIEW_CANCELLED, at: { gte: notice.issuedAt } },
  });
  return cancelled > 0;
}

/** Whether a later notice of the same kind replaced this one, or its interview was cancelled. */
export async function noLongerStands(tx: Tx, notice: NoticeRef): Promise<boolean> {
  const newer = await tx.notice.count({
    where: {
      caseId: notice.caseId,
      kind: notice.kind,
      OR: [{ issuedAt: { gt: notice.issuedAt } }, { issuedAt: notice.issuedAt, id: { gt: notice.id } }],
    },
  });
  return newer > 0 || (await interviewCancelled(tx, notice));
}

/** Whether the case has an appointment still ahead at `now` on a notice that stands. */
export async function hasUpcomingAppointment(tx: Tx, caseId: string, now: Date): Promise<boolean> {
  for (const kind of APPOINTMENT_KINDS) {
    const newest = await tx.notice.findFirst({
      where: { caseId, kind },
      orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
      select: { id: true, caseId: true, kind: true, issuedAt: true, appointmentAt: true },
    });
    if (newest?.appointmentAt && newest.appointmentAt > now && !(await interviewCancelled(tx, newest))) return true;
  }
  return false;
}
