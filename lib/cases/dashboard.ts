import "server-only";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { formName, isKnownForm } from "./forms";
import { statusTitle } from "./statuses";

export const DASHBOARD_PAGE_SIZE = 20;

export type DashboardCase = {
  receiptNumber: string;
  formType: string;
  formName: string;
  /** The applicant or beneficiary the case is about: a household's cases told apart. */
  applicantName: string;
  status: string;
  statusChangedAt: Date;
  actionRequired: boolean;
  /**
   * Something the agency did since the owner last opened the case page (or they never opened it):
   * a status, a notice, a request for evidence or a reply to a message. Never their own response.
   */
  isNew: boolean;
};

/** What the dashboard shows: ?form=I-130, ?action=needed, ?group=person (query parameters, no script). */
export type DashboardView = { form: string | null; needsAction: boolean; byPerson: boolean };

export type FormOption = { formType: string; formName: string };

/** A page of cases, and every form among all the person's cases (for the filter). */
export type DashboardPage = { cases: DashboardCase[]; page: number; pageCount: number; total: number; forms: FormOption[] };

/** Reads the dashboard's query parameters; anything unknown is ignored. */
export function dashboardView(params: { form?: unknown; action?: unknown; group?: unknown }): DashboardView {
  const first = (value: unknown): unknown => (Array.isArray(value) ? (value as unknown[])[0] : value);
  const form = first(params.form);
  return {
    form: typeof form === "string" && isKnownForm(form.toUpperCase()) ? form.toUpperCase() : null,
    needsAction: first(params.action) === "needed",
    byPerson: first(params.group) === "person",
  };
}

/** The forms of the person's cases, for the filter (a page with no cases; otherwise casePage brings them). */
async function dashboardForms(owner: Pick<Actor, "id">): Promise<FormOption[]> {
  const rows = await db().case.findMany({ where: { ownerId: owner.id }, distinct: ["formType"], select: { formType: true } });
  return formOptions(rows.map((row) => row.formType));
}

function formOptions(formTypes: string[]): FormOption[] {
  return formTypes.map((formType) => ({ formType, formName: formName(formType) })).sort((a, b) => a.formType.localeCompare(b.formType));
}

/**
 * One page of the person's cases, most recently changed first (or by person, then most recently
 * changed), with the forms for the filter. One query whatever the number of cases (the page, the
 * total and the forms together, read along the (ownerId, statusChangedAt desc) index); a page past
 * the end shows the last page, which takes a count and a second read, and a page with no cases
 * reads the forms on their own.
 */
export async function dashboardCases(
  owner: Pick<Actor, "id">,
  requestedPage: number,
  view: DashboardView = { form: null, needsAction: false, byPerson: false },
): Promise<DashboardPage> {
  let page = Math.max(1, Math.trunc(requestedPage) || 1);
  let rows = await casePage(owner.id, view, page);
  let total = rows.length > 0 ? Number(rows[0].total) : 0;
  if (rows.length === 0 && page > 1) {
    total = await db().case.count({
      where: { ownerId: owner.id, ...(view.form ? { formType: view.form } : {}), ...(view.needsAction ? { actionRequired: true } : {}) },
    });
    page = Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE));
    if (total > 0) rows = await casePage(owner.id, view, page);
  }
  const forms = rows.length > 0 ? formOptions(rows[0].forms) : await dashboardForms(owner);
  return {
    cases: rows.map((row) => ({
      receiptNumber: row.receiptNumber,
      formType: row.formType,
      formName: formName(row.formType),
      applicantName: row.applicantName,
      status: statusTitle(row.status),
      statusChangedAt: row.statusChangedAt,
      actionRequired: row.actionRequired,
      isNew: row.isNew,
    })),
    page,
    pageCount: Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE)),
    total,
    forms,
  };
}

type PageRow = Pick<
  DashboardCase,
  "receiptNumber" | "formType" | "applicantName" | "status" | "statusChangedAt" | "actionRequired" | "isNew"
> & { total: bigint; forms: string[] };

/**
 * One query for the page, its total, every form among the person's cases, and "new": a status the
 * owner did not cause (their own response sets the status at the moment of its own history entry),
 * another history entry, a notice or a request for evidence after their last visit, or an agency
 * reply they have not opened. The inner query picks the page (and counts every match) so that
 * "new" is worked out for its rows only.
 */
function casePage(ownerId: string, view: DashboardView, page: number): Promise<PageRow[]> {
  const byForm = view.form ? Prisma.sql`AND c."formType" = ${view.form}` : Prisma.empty;
  const byAction = view.needsAction ? Prisma.sql`AND c."actionRequired"` : Prisma.empty;
  const order = view.byPerson
    ? Prisma.sql`"applicantName" ASC, "statusChangedAt" DESC, id DESC`
    : Prisma.sql`"statusChangedAt" DESC, id DESC`;
  return db().$queryRaw<PageRow[]>`
    SELECT c."receiptNumber", c."formType", c."applicantName", c.status, c."statusChangedAt", c."actionRequired", c.total,
      (SELECT array_agg(DISTINCT f."formType") FROM "Case" f WHERE f."ownerId" = ${ownerId}::uuid) AS forms,
      (c."ownerViewedAt" IS NULL
        OR (c."statusChangedAt" > c."ownerViewedAt"
            AND NOT EXISTS (SELECT 1 FROM "CaseEvent" e WHERE e."caseId" = c.id AND e."byOwner" AND e.at = c."statusChangedAt"))
        OR EXISTS (SELECT 1 FROM "CaseEvent" e WHERE e."caseId" = c.id AND NOT e."byOwner" AND e.at > c."ownerViewedAt")
        OR EXISTS (SELECT 1 FROM "Notice" n WHERE n."caseId" = c.id AND n."issuedAt" > c."ownerViewedAt")
        OR EXISTS (SELECT 1 FROM "EvidenceRequest" r WHERE r."caseId" = c.id AND r."openedAt" > c."ownerViewedAt")
        OR EXISTS (SELECT 1 FROM "MessageThread" t WHERE t."caseId" = c.id AND t."applicantId" = c."ownerId" AND t."unreadByApplicant")
      ) AS "isNew"
    FROM (
      SELECT c.*, count(*) OVER () AS total
      FROM "Case" c
      WHERE c."ownerId" = ${ownerId}::uuid ${byForm} ${byAction}
      ORDER BY ${order}
      OFFSET ${(page - 1) * DASHBOARD_PAGE_SIZE} LIMIT ${DASHBOARD_PAGE_SIZE}
    ) c
    ORDER BY ${order}`;
}
