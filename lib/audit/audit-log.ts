import "server-only";
import { NOT_FOUND_MESSAGE, officerOf } from "../agency/console/officer-only";
import { pageWindow } from "../http/page-number";
import { db } from "../db";
import { msg } from "../i18n/message-ref";
import type { Prisma } from "../generated/prisma/client";
import { fail, type ActionResult } from "../result";
import type { CurrentSession } from "../sessions/sessions";
import { describeAuditAction } from "./audit-actions";
import { BAD_FILTER_MESSAGE, type AuditFilter } from "./audit-filter";

// The audit log as officers read it: every row, newest first, narrowed by the filters, a page at a
// time. An officer email or receipt number that matches nothing is refused with a message rather
// than shown as an empty log, so a typo is not mistaken for "nothing happened".

export const AUDIT_PAGE_SIZE = 50;

export type AuditEntry = {
  id: string;
  at: Date;
  /** The officer's email, or "Agency command (user NAME)" (a msg() reference, like `action`). */
  actor: string;
  action: string;
  receiptNumber: string | null;
  detail: string;
};

export type AuditPage = { entries: AuditEntry[]; page: number; pageCount: number; total: number };

export async function auditLogPage(session: CurrentSession, filter: AuditFilter, requestedPage: number): Promise<ActionResult<AuditPage>> {
  if (!officerOf(session)) return fail("not_found", NOT_FOUND_MESSAGE);
  const where: Prisma.AuditLogWhereInput = {};
  if (filter.actor?.kind === "AGENCY_COMMAND") where.actorKind = "AGENCY_COMMAND";
  if (filter.actor?.kind === "OFFICER") {
    const officer = await db().user.findFirst({ where: { email: filter.actor.email, role: "OFFICER" }, select: { id: true } });
    if (!officer) return refused("actor", msg("agency.audit.errors.noOfficer", { email: filter.actor.email }));
    Object.assign(where, { actorKind: "OFFICER", actorId: officer.id });
  }
  if (filter.receiptNumber) {
    const found = await db().case.findUnique({ where: { receiptNumber: filter.receiptNumber }, select: { id: true } });
    if (!found) return refused("receipt", msg("agency.audit.errors.noCase", { receiptNumber: filter.receiptNumber }));
    where.caseId = found.id;
  }
  if (filter.action) where.action = filter.action;
  if (filter.from || filter.to) where.at = { ...(filter.from && { gte: filter.from }), ...(filter.to && { lte: filter.to }) };

  const total = await db().auditLog.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, requestedPage, AUDIT_PAGE_SIZE);
  const rows = await db().auditLog.findMany({
    where,
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip,
    take,
    select: {
      id: true,
      at: true,
      actorKind: true,
      actorLabel: true,
      action: true,
      detail: true,
      actor: { select: { email: true } },
      case: { select: { receiptNumber: true } },
    },
  });
  return {
    ok: true,
    entries: rows.map((row) => ({
      id: row.id,
      at: row.at,
      actor:
        row.actorKind !== "AGENCY_COMMAND"
          ? (row.actor?.email ?? msg("agency.audit.unknownOfficer"))
          : row.actorLabel
            ? msg("agency.audit.agencyCommand", { user: row.actorLabel })
            : msg("agency.audit.agencyCommandUnknown"),
      action: describeAuditAction(row.action),
      receiptNumber: row.case?.receiptNumber ?? null,
      detail: describeDetail(row.detail),
    })),
    page,
    pageCount,
    total,
  };
}

function refused(field: string, message: string) {
  return fail("invalid_input", BAD_FILTER_MESSAGE, { fieldErrors: { [field]: message } });
}

/** The row's detail as short "name: value" text; it only ever holds flat values (record-officer-action.ts). */
function describeDetail(detail: Prisma.JsonValue): string {
  if (!detail || typeof detail !== "object" || Array.isArray(detail)) return "";
  return Object.entries(detail)
    .flatMap(([name, value]) =>
      typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? [`${name}: ${value}`] : [],
    )
    .join(", ");
}
