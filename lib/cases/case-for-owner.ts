import "server-only";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import type { NoticeKind } from "../generated/prisma/client";
import { formName } from "./forms";
import { noticeTitle } from "../notices/notice-kinds";
import { parseReceiptNumber } from "./receipt-number";
import { statusInfo, statusTitle, type StatusInfo } from "./statuses";

export type CaseView = {
  id: string;
  receiptNumber: string;
  formType: string;
  formName: string;
  applicantName: string;
  submittedAt: Date;
  status: StatusInfo;
  statusChangedAt: Date;
  actionRequired: boolean;
  /** When the owner last opened this page before now (null: never). */
  previouslyViewedAt: Date | null;
  /** Newest first; isNew: added since the previous visit (never on a first visit). */
  history: { id: string; status: string; at: Date; isNew: boolean }[];
  notices: { id: string; kind: NoticeKind; title: string; issuedAt: Date; appointmentAt: Date | null; location: string | null }[];
  openEvidenceRequests: { id: string; instructions: string; openedAt: Date; dueAt: Date }[];
  documents: { id: string; name: string; size: number; createdAt: Date }[];
  /** When this was read: what markCaseViewed records, so a change that lands meanwhile stays new. */
  readAt: Date;
};

/**
 * The case with this receipt number if the person owns it; null for a malformed receipt number,
 * an unknown case and someone else's case alike, so a page can answer 404 for all three.
 */
export async function caseForOwner(owner: Pick<Actor, "id">, receiptInput: unknown): Promise<CaseView | null> {
  const parsed = parseReceiptNumber(receiptInput);
  if (!parsed.ok) return null;
  const readAt = new Date();
  const row = await db().case.findFirst({
    where: { receiptNumber: parsed.receiptNumber, ownerId: owner.id },
    select: {
      id: true,
      receiptNumber: true,
      formType: true,
      applicantName: true,
      submittedAt: true,
      status: true,
      statusChangedAt: true,
      actionRequired: true,
      ownerViewedAt: true,
      events: { orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true, status: true, at: true } },
      notices: {
        orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
        select: { id: true, kind: true, issuedAt: true, appointmentAt: true, location: true },
      },
      evidenceRequests: {
        where: { respondedAt: null },
        orderBy: { dueAt: "asc" },
        select: { id: true, instructions: true, openedAt: true, dueAt: true },
      },
      // Message attachments belong to their thread, not to the case's list of evidence.
      documents: {
        where: { messageId: null },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, name: true, size: true, createdAt: true },
      },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    receiptNumber: row.receiptNumber,
    formType: row.formType,
    formName: formName(row.formType),
    applicantName: row.applicantName,
    submittedAt: row.submittedAt,
    status: statusInfo(row.status),
    statusChangedAt: row.statusChangedAt,
    actionRequired: row.actionRequired,
    previouslyViewedAt: row.ownerViewedAt,
    history: row.events.map((event) => ({
      ...event,
      status: statusTitle(event.status),
      isNew: row.ownerViewedAt !== null && event.at > row.ownerViewedAt,
    })),
    notices: row.notices.map((notice) => ({ ...notice, title: noticeTitle(notice.kind) })),
    openEvidenceRequests: row.evidenceRequests,
    documents: row.documents,
    readAt,
  };
}

/** Records that the owner opened the case page (clears "new since your last visit"); others change nothing. */
export async function markCaseViewed(owner: Pick<Actor, "id">, caseId: string, at = new Date()): Promise<boolean> {
  const { count } = await db().case.updateMany({ where: { id: caseId, ownerId: owner.id }, data: { ownerViewedAt: at } });
  return count === 1;
}
