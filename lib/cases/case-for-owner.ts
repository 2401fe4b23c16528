import "server-only";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import type { NoticeKind } from "../generated/prisma/client";
import { formName } from "./forms";
import { noticeTitle } from "../notices/notice-kinds";
import { parseReceiptNumber } from "./receipt-number";
import { statusDate, type StatusDate } from "./status-date";
import { statusInfo, statusTitle, type StatusInfo } from "./statuses";
import { APPOINTMENT_NOTICE_SELECT, upcomingFromNotices, type Appointment } from "../appointments/appointments";
import { CLIENT_REPRESENTATIONS, clientRepresentation, type ClientRepresentation } from "../representation/representation-views";

export type CaseView = {
  id: string;
  receiptNumber: string;
  formType: string;
  formName: string;
  applicantName: string;
  submittedAt: Date;
  status: StatusInfo;
  statusChangedAt: Date;
  /** The appointment or due date that goes with the status, if any. */
  statusDate: StatusDate | null;
  actionRequired: boolean;
  /** When the owner last opened this page while it had something new (null: never). */
  previouslyViewedAt: Date | null;
  /** A first visit, or something on the page (status, history, notice, request) is newer than the last one. */
  hasNew: boolean;
  /**
   * Newest first. isNew (here and below): added since the previous visit by someone else than the
   * owner (never on a first visit, never the owner's own response).
   */
  history: { id: string; status: string; at: Date; isNew: boolean }[];
  notices: {
    id: string;
    kind: NoticeKind;
    title: string;
    issuedAt: Date;
    appointmentAt: Date | null;
    location: string | null;
    /** The appointment's office's zone, which its time is shown in (appointmentTime); null without an office. */
    officeTimeZone: string | null;
    isNew: boolean;
  }[];
  openEvidenceRequests: { id: string; instructions: string; openedAt: Date; dueAt: Date; isNew: boolean }[];
  /** Requests answered (by the owner or their representative), newest answer first, with the names of the documents sent. */
  answeredEvidenceRequests: {
    id: string;
    instructions: string;
    openedAt: Date;
    respondedAt: Date;
    byRepresentative: boolean;
    documents: string[];
  }[];
  /** Threads about this case with an agency reply the owner has not opened yet. */
  unreadThreads: { id: string; subject: string }[];
  documents: { id: string; name: string; size: number; createdAt: Date }[];
  /** The appointments still ahead (upcomingAppointments). */
  appointments: Appointment[];
  /** The G-28s on the case, current ones first, then the ended ones. */
  representations: ClientRepresentation[];
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
      events: { orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true, status: true, at: true, byOwner: true } },
      notices: { orderBy: [{ issuedAt: "desc" }, { id: "desc" }], select: APPOINTMENT_NOTICE_SELECT },
      evidenceRequests: {
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          instructions: true,
          openedAt: true,
          dueAt: true,
          respondedAt: true,
          respondedBy: { select: { role: true } },
          documents: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { name: true } },
        },
      },
      threads: {
        where: { applicantId: owner.id, unreadByApplicant: true },
        orderBy: { lastMessageAt: "desc" },
        select: { id: true, subject: true },
      },
      // Message attachments belong to their thread, not to the case's list of evidence.
      documents: {
        where: { messageId: null },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, name: true, size: true, createdAt: true },
      },
      representations: CLIENT_REPRESENTATIONS,
    },
  });
  if (!row) return null;
  const viewedAt = row.ownerViewedAt;
  const isNew = (at: Date) => viewedAt !== null && at > viewedAt;
  const open = row.evidenceRequests.filter((request) => request.respondedAt === null);
  const notices = row.notices.map(({ id, kind, issuedAt, appointmentAt, location, office }) => ({
    id,
    kind,
    title: noticeTitle(kind),
    issuedAt,
    appointmentAt,
    location,
    officeTimeZone: office?.timeZone ?? null,
    isNew: isNew(issuedAt),
  }));
  const hasNew =
    viewedAt === null ||
    [
      row.statusChangedAt,
      ...row.events.map((e) => e.at),
      ...row.notices.map((n) => n.issuedAt),
      ...row.evidenceRequests.map((r) => r.openedAt),
    ].some((at) => at > viewedAt);
  return {
    id: row.id,
    receiptNumber: row.receiptNumber,
    formType: row.formType,
    formName: formName(row.formType),
    applicantName: row.applicantName,
    submittedAt: row.submittedAt,
    status: statusInfo(row.status),
    statusChangedAt: row.statusChangedAt,
    statusDate: statusDate(row.status, row.notices, open),
    actionRequired: row.actionRequired,
    previouslyViewedAt: row.ownerViewedAt,
    hasNew,
    history: row.events.map(({ byOwner, ...event }) => ({
      ...event,
      status: statusTitle(event.status),
      isNew: !byOwner && isNew(event.at),
    })),
    notices,
    openEvidenceRequests: open.map(({ id, instructions, openedAt, dueAt }) => ({
      id,
      instructions,
      openedAt,
      dueAt,
      isNew: isNew(openedAt),
    })),
    answeredEvidenceRequests: row.evidenceRequests
      .filter((request) => request.respondedAt !== null)
      .map((request) => ({
        id: request.id,
        instructions: request.instructions,
        openedAt: request.openedAt,
        respondedAt: request.respondedAt!,
        byRepresentative: request.respondedBy?.role === "REPRESENTATIVE",
        documents: request.documents.map((d) => d.name),
      }))
      .sort((a, b) => b.respondedAt.getTime() - a.respondedAt.getTime()),
    unreadThreads: row.threads,
    documents: row.documents,
    appointments: upcomingFromNotices(row.receiptNumber, row.notices, row.events, readAt),
    representations: row.representations.map(clientRepresentation),
    readAt,
  };
}

/**
 * The owner opened the case page: recorded only when the page had something new (a first visit
 * included), so looking at an unchanged case writes nothing. As of when the page was read.
 */
export async function recordCaseVisit(owner: Pick<Actor, "id">, view: Pick<CaseView, "id" | "hasNew" | "readAt">): Promise<void> {
  if (view.hasNew) await markCaseViewed(owner, view.id, view.readAt);
}

/** Records that the owner opened the case page (clears "new since your last visit"); others change nothing. */
export async function markCaseViewed(owner: Pick<Actor, "id">, caseId: string, at = new Date()): Promise<boolean> {
  const { count } = await db().case.updateMany({ where: { id: caseId, ownerId: owner.id }, data: { ownerViewedAt: at } });
  return count === 1;
}
