import "server-only";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { formName } from "./forms";
import { statusTitle } from "./statuses";

export const DASHBOARD_PAGE_SIZE = 20;

export type DashboardCase = {
  receiptNumber: string;
  formType: string;
  formName: string;
  status: string;
  statusChangedAt: Date;
  actionRequired: boolean;
  /** The status changed after the owner last opened the case page (or they never opened it). */
  isNew: boolean;
};

export type DashboardPage = { cases: DashboardCase[]; page: number; pageCount: number; total: number };

/**
 * One page of the person's cases, most recently changed first. Two queries whatever the number of
 * cases (a count and one page read along the (ownerId, statusChangedAt desc) index); a page past
 * the end shows the last page.
 */
export async function dashboardCases(owner: Pick<Actor, "id">, requestedPage: number): Promise<DashboardPage> {
  const ownerId = owner.id;
  const total = await db().case.count({ where: { ownerId } });
  const pageCount = Math.max(1, Math.ceil(total / DASHBOARD_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(requestedPage) || 1), pageCount);
  const rows =
    total === 0
      ? []
      : await db().case.findMany({
          where: { ownerId },
          orderBy: [{ statusChangedAt: "desc" }, { id: "desc" }],
          skip: (page - 1) * DASHBOARD_PAGE_SIZE,
          take: DASHBOARD_PAGE_SIZE,
          select: { receiptNumber: true, formType: true, status: true, statusChangedAt: true, actionRequired: true, ownerViewedAt: true },
        });
  return {
    cases: rows.map((row) => ({
      receiptNumber: row.receiptNumber,
      formType: row.formType,
      formName: formName(row.formType),
      status: statusTitle(row.status),
      statusChangedAt: row.statusChangedAt,
      actionRequired: row.actionRequired,
      isNew: row.ownerViewedAt === null || row.statusChangedAt > row.ownerViewedAt,
    })),
    page,
    pageCount,
    total,
  };
}
