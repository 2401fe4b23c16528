import "server-only";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { FORMS, formName } from "./forms";
import { formatReceiptNumber } from "./receipt-number";

export const DASHBOARD_PAGE_SIZE = 20;

export type DashboardCase = {
  receiptNumber: string;
  receiptDisplay: string;
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

export type DashboardPage = { cases: DashboardCase[]; page: number; pageCount: number; total: number };

/** Reads the dashboard's query parameters; anything unknown is ignored. */
export function dashboardView(params: { form?: unknown; action?: unknown; group?: unknown }): DashboardView {
  const first = (value: unknown): unknown => (Array.isArray(value) ? (value as unknown[])[0] : value);
  const form = first(params.form);
  return {
    form: typeof form === "string" && Object.hasOwn(FORMS, form.toUpperCase()) ? form.toUpperCase() : null,
    needsAction: first(params.action) === "needed",
    byPerson: first(params.group) === "person",
  };
}

/** The forms of the person's cases, for the filter. */
export async function dashboardForms(owner: Pick<Actor, "id">): Promise<{ formType: string; formName: string }[]> {
  const rows = await db().case.findMany({ where: { ownerId: owner.id }, distinct: ["formType"], select: { formType: true } });
  return rows.map((row) => ({ formType: row.formType, formName: formName(row.formType) })).sort((a, b) => a.formType.localeCompare(b.formType));
}

/**
 * One page of the person's cases, most recently changed first (or by person, then most recently
 * changed). Two queries whatever the number of cases (a count and one page read along the
 * (ownerId, statusChangedAt desc) index); a page past the end shows the last page.
 */
export async function dashboardCases(
  owner: Pick<Actor, "id">,
  requestedPage: number,
  view: DashboardView = { form: null, needsAction: false, byPerson: false },
): Promise<DashboardPage> {
  const where: Prisma.CaseWhereInput = {
    ownerId: owner.id,
    ...(view.form ? { formType: view.form } : {}),
    ...(view.needsAction ? { actionRequired: true } : {}),
  };
  const total = await db().case.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const latest = { orderBy: { at: "desc" }, take: 1 } as const;
  const rows =
    total === 0
      ? []
      : await db().case.findMany({
          where,
          orderBy: [...(view.byPerson ? [{ applicantName: "asc" as const }] : []), { statusChangedAt: "desc" }, { id: "desc" }],
          skip: (page - 1) * DASHBOARD_PAGE_SIZE,
          take: DASHBOARD_PAGE_SIZE,
          select: {
            receiptNumber: true,
            formType: true,
            applicantName: true,
            status: true,
            statusChangedAt: true,
            actionRequired: true,
            ownerViewedAt: true,
            events: { where: { byOwner: false }, ...latest, select: { at: true } },
            notices: { orderBy: { issuedAt: "desc" }, take: 1, select: { issuedAt: true } },
            evidenceRequests: { orderBy: { openedAt: "desc" }, take: 1, select: { openedAt: true } },
            threads: { where: { applicantId: owner.id, unreadByApplicant: true }, take: 1, select: { id: true } },
          },
        });
  return {
    cases: rows.map((row) => {
      const since = row.ownerViewedAt;
      const changedSince = [row.events[0]?.at, row.notices[0]?.issuedAt, row.evidenceRequests[0]?.openedAt]
        .filter((at): at is Date => at !== undefined)
        .some((at) => since !== null && at > since);
      return {
        receiptNumber: row.receiptNumber,
        receiptDisplay: formatReceiptNumber(row.receiptNumber),
        formType: row.formType,
        formName: formName(row.formType),
        applicantName: row.applicantName,
        status: row.status,
        statusChangedAt: row.statusChangedAt,
        actionRequired: row.actionRequired,
        isNew: since === null || changedSince || row.threads.length > 0,
      };
    }),
    page,
    pageCount,
    total,
  };
}
