import "server-only";
import type { Actor } from "../auth/roles";
import type { CaseView } from "../cases/case-for-owner";
import { db } from "../db";
import type { NoticeKind, RepresentationEndedBy } from "../generated/prisma/client";
import { formName } from "../cases/forms";
import { parseReceiptNumber } from "../cases/receipt-number";
import { statusDate, type StatusDate } from "../cases/status-date";
import { statusInfo, statusTitle, type StatusInfo } from "../cases/statuses";
import { isId } from "../ids";
import type { Reader } from "../i18n/translator";
import { noticePdf, type NoticePdf } from "../notices/notice-pdf";
import { noticeTitle } from "../notices/notice-kinds";
import { representedCaseWhere } from "./case-access";

// The representative's side of a case: what a current G-28 lets them see, beside the applicant's
// own view (lib/cases/case-for-owner.ts). "New since your last visit" counts what others did after
// Representation.representativeViewedAt: a status, a notice, a request for evidence or an agency
// reply in one of their own threads; never their own response to a request.

/** Notices a representative never receives: the Account Access Notice is the applicant's alone (linking). */
const NOT_FOR_REPRESENTATIVES: NoticeKind[] = ["ACCOUNT_ACCESS"];

export type ClientCase = {
  receiptNumber: string;
  formType: string;
  formName: string;
  /** The person the case is about. */
  clientName: string;
  status: string;
  statusChangedAt: Date;
  actionRequired: boolean;
  isNew: boolean;
};

type ClientCaseRow = Omit<ClientCase, "formName" | "status"> & { status: string };

export const CLIENT_CASES_PAGE_SIZE = 20;

export type ClientCasePage = { cases: ClientCase[]; total: number; page: number; pageCount: number };

/**
 * My clients: the cases a current G-28 names this representative on, most recently changed first,
 * a page at a time (a firm's representative may have hundreds). A page past the end shows the last.
 */
export async function clientCases(
  representative: Pick<Actor, "id">,
  { page: requestedPage = 1, pageSize = CLIENT_CASES_PAGE_SIZE }: { page?: number; pageSize?: number } = {},
): Promise<ClientCasePage> {
  let page = Math.max(1, Math.trunc(requestedPage) || 1);
  let rows = await clientCaseRows(representative.id, page, pageSize);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    total = await db().representation.count({ where: { representativeId: representative.id, endedAt: null } });
    page = Math.max(1, Math.ceil(total / pageSize));
    if (total > 0) rows = await clientCaseRows(representative.id, page, pageSize);
  }
  return {
    cases: rows.map(({ total: _total, ...row }) => ({ ...row, formName: formName(row.formType), status: statusTitle(row.status) })),
    total: Number(total),
    page,
    pageCount: Math.max(1, Math.ceil(Number(total) / pageSize)),
  };
}

/**
 * One page of the list, each row with the count of the whole list. The page is chosen first, so
 * "new" (four subqueries) is worked out for its rows only, not for every case of the list.
 */
function clientCaseRows(representativeId: string, page: number, pageSize: number) {
  return db().$queryRaw<(ClientCaseRow & { total: bigint | number })[]>`
    WITH listed AS (
      SELECT g.id, count(*) OVER () AS total
      FROM "Representation" g JOIN "Case" c ON c.id = g."caseId"
      WHERE g."representativeId" = ${representativeId}::uuid AND g."endedAt" IS NULL
      ORDER BY c."statusChangedAt" DESC, c.id DESC
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}
    )
    SELECT c."receiptNumber", c."formType", c."applicantName" AS "clientName", c.status, c."statusChangedAt", c."actionRequired",
      (g."representativeViewedAt" IS NULL
        OR EXISTS (SELECT 1 FROM "CaseEvent" e WHERE e."caseId" = c.id AND e.at > g."representativeViewedAt"
             AND NOT EXISTS (SELECT 1 FROM "EvidenceRequest" q WHERE q."caseId" = c.id
                   AND q."respondedById" = g."representativeId" AND q."respondedAt" = e.at))
        OR EXISTS (SELECT 1 FROM "Notice" n WHERE n."caseId" = c.id AND n.kind <> 'ACCOUNT_ACCESS' AND n."issuedAt" > g."representativeViewedAt")
        OR EXISTS (SELECT 1 FROM "EvidenceRequest" r WHERE r."caseId" = c.id AND r."openedAt" > g."representativeViewedAt")
        OR EXISTS (SELECT 1 FROM "MessageThread" t WHERE t."caseId" = c.id AND t."applicantId" = g."representativeId" AND t."unreadByApplicant")
      ) AS "isNew",
      listed.total
    FROM listed JOIN "Representation" g ON g.id = listed.id JOIN "Case" c ON c.id = g."caseId"
    ORDER BY c."statusChangedAt" DESC, c.id DESC`;
}

export type RepresentedCaseView = {
  id: string;
  representationId: string;
  receiptNumber: string;
  formType: string;
  formName: string;
  clientName: string;
  submittedAt: Date;
  status: StatusInfo;
  statusChangedAt: Date;
  statusDate: StatusDate | null;
  actionRequired: boolean;
  representedSince: Date;
  /** Something is new since the last visit (or there was none): opening the page records the visit. */
  hasNew: boolean;
  history: CaseView["history"];
  notices: CaseView["notices"];
  openEvidenceRequests: CaseView["openEvidenceRequests"];
  answeredEvidenceRequests: {
    id: string;
    instructions: string;
    openedAt: Date;
    respondedAt: Date;
    /** Sent by this representative (else by the applicant or an earlier representative). */
    byYou: boolean;
    documents: string[];
  }[];
  /** The representative's own threads about this case; never the applicant's. */
  threads: { id: string; subject: string; lastMessageAt: Date; unread: boolean }[];
  documents: CaseView["documents"];
  readAt: Date;
};

/**
 * The case with this receipt number while a current G-28 names this representative; null for a
 * malformed receipt number, an unknown case, a case without their G-28 and an ended one alike.
 */
export async function representedCase(representative: Pick<Actor, "id">, receiptInput: unknown): Promise<RepresentedCaseView | null> {
  const parsed = parseReceiptNumber(receiptInput);
  if (!parsed.ok) return null;
  const readAt = new Date();
  const row = await db().case.findFirst({
    where: { receiptNumber: parsed.receiptNumber, ...representedCaseWhere(representative.id) },
    select: {
      id: true,
      receiptNumber: true,
      formType: true,
      applicantName: true,
      submittedAt: true,
      status: true,
      statusChangedAt: true,
      actionRequired: true,
      representations: {
        where: { representativeId: representative.id, endedAt: null },
        select: { id: true, startedAt: true, representativeViewedAt: true },
      },
      events: { orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true, status: true, at: true } },
      notices: {
        where: { kind: { notIn: NOT_FOR_REPRESENTATIVES } },
        orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
        select: { id: true, kind: true, issuedAt: true, appointmentAt: true, location: true, office: { select: { timeZone: true } } },
      },
      evidenceRequests: {
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          instructions: true,
          openedAt: true,
          dueAt: true,
          respondedAt: true,
          respondedById: true,
          documents: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { name: true } },
        },
      },
      threads: {
        where: { applicantId: representative.id },
        orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
        select: { id: true, subject: true, lastMessageAt: true, unreadByApplicant: true },
      },
      documents: {
        where: { messageId: null },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, name: true, size: true, createdAt: true },
      },
    },
  });
  const representation = row?.representations[0];
  if (!row || !representation) return null;
  const viewedAt = representation.representativeViewedAt;
  const isNew = (at: Date) => viewedAt === null || at > viewedAt;
  // Their own responses set the status at the moment they were sent: never new to them.
  const ownResponses = new Set(
    row.evidenceRequests.filter((r) => r.respondedById === representative.id && r.respondedAt).map((r) => r.respondedAt!.getTime()),
  );
  const open = row.evidenceRequests.filter((request) => request.respondedAt === null);
  const history = row.events.map((event) => ({
    id: event.id,
    status: statusTitle(event.status),
    at: event.at,
    isNew: isNew(event.at) && !ownResponses.has(event.at.getTime()),
  }));
  const notices = row.notices.map(({ office, ...notice }) => ({
    ...notice,
    title: noticeTitle(notice.kind),
    officeTimeZone: office?.timeZone ?? null,
    isNew: isNew(notice.issuedAt),
  }));
  const openEvidenceRequests = open.map(({ id, instructions, openedAt, dueAt }) => ({
    id,
    instructions,
    openedAt,
    dueAt,
    isNew: isNew(openedAt),
  }));
  const threads = row.threads.map(({ unreadByApplicant, ...thread }) => ({ ...thread, unread: unreadByApplicant }));
  return {
    id: row.id,
    representationId: representation.id,
    receiptNumber: row.receiptNumber,
    formType: row.formType,
    formName: formName(row.formType),
    clientName: row.applicantName,
    submittedAt: row.submittedAt,
    status: statusInfo(row.status),
    statusChangedAt: row.statusChangedAt,
    statusDate: statusDate(row.status, row.notices, open),
    actionRequired: row.actionRequired,
    representedSince: representation.startedAt,
    hasNew:
      history.some((e) => e.isNew) ||
      notices.some((n) => n.isNew) ||
      openEvidenceRequests.some((r) => r.isNew) ||
      threads.some((t) => t.unread) ||
      viewedAt === null,
    history,
    notices,
    openEvidenceRequests,
    answeredEvidenceRequests: row.evidenceRequests
      .filter((request) => request.respondedAt !== null)
      .map((request) => ({
        id: request.id,
        instructions: request.instructions,
        openedAt: request.openedAt,
        respondedAt: request.respondedAt!,
        byYou: request.respondedById === representative.id,
        documents: request.documents.map((d) => d.name),
      }))
      .sort((a, b) => b.respondedAt.getTime() - a.respondedAt.getTime()),
    threads,
    documents: row.documents,
    readAt,
  };
}

/** Records the representative's visit (clears "new since your last visit"); an ended G-28 changes nothing. */
export async function markRepresentedCaseViewed(
  representative: Pick<Actor, "id">,
  representationId: string,
  at = new Date(),
): Promise<boolean> {
  const { count } = await db().representation.updateMany({
    where: { id: representationId, representativeId: representative.id, endedAt: null },
    data: { representativeViewedAt: at },
  });
  return count === 1;
}

/**
 * A notice of a represented case as a PDF; null for anything the representative may not reach (404
 * alike). `reader`: the representative's language and time zone, in which the notice is written.
 */
export async function noticeForRepresentative(
  representative: Pick<Actor, "id">,
  receiptInput: string,
  noticeId: string,
  reader?: Reader,
): Promise<NoticePdf | null> {
  const receipt = parseReceiptNumber(receiptInput);
  if (!receipt.ok || !isId(noticeId)) return null;
  return noticePdf(
    {
      id: noticeId,
      kind: { notIn: NOT_FOR_REPRESENTATIVES },
      case: { receiptNumber: receipt.receiptNumber, ...representedCaseWhere(representative.id) },
    },
    undefined,
    reader,
  );
}

export type WithdrawnRepresentation = {
  id: string;
  receiptNumber: string;
  formType: string;
  formName: string;
  clientName: string;
  startedAt: Date;
  endedAt: Date;
  endedBy: RepresentationEndedBy | null;
};

/** Withdrawn G-28s: the representative's ended representations, most recently ended first. No case access. */
export async function withdrawnRepresentations(representative: Pick<Actor, "id">): Promise<WithdrawnRepresentation[]> {
  const rows = await db().representation.findMany({
    where: { representativeId: representative.id, endedAt: { not: null } },
    orderBy: [{ endedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      startedAt: true,
      endedAt: true,
      endedBy: true,
      case: { select: { receiptNumber: true, formType: true, applicantName: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    receiptNumber: row.case.receiptNumber,
    formType: row.case.formType,
    formName: formName(row.case.formType),
    clientName: row.case.applicantName,
    startedAt: row.startedAt,
    endedAt: row.endedAt!,
    endedBy: row.endedBy,
  }));
}
