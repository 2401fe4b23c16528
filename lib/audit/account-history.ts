import "server-only";
import type { Actor } from "../auth/roles";
import { pageWindow } from "../http/page-number";
import { db } from "../db";
import { describeDevice, describePlace } from "../http/describe-device";
import { describeSecurityEvent } from "./event-descriptions";

export const HISTORY_PAGE_SIZE = 25;

/** `description`, `device`, `place`: msg() references, read in the reader's language by the page. */
export type HistoryEntry = { id: string; description: string; at: Date; device: string; place: string };
export type HistoryPage = { entries: HistoryEntry[]; page: number; pageCount: number; total: number };

/** One page of the person's own account history, newest first; a page past the end shows the last. */
export async function accountHistory(actor: Pick<Actor, "id">, requestedPage: number): Promise<HistoryPage> {
  const userId = actor.id;
  const total = await db().securityEvent.count({ where: { userId } });
  const { page, pageCount, skip, take } = pageWindow(total, requestedPage, HISTORY_PAGE_SIZE);
  const rows = await db().securityEvent.findMany({
    where: { userId },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip,
    take,
    select: { id: true, kind: true, at: true, userAgent: true, ip: true },
  });
  return {
    entries: rows.map((row) => ({
      id: row.id,
      description: describeSecurityEvent(row.kind),
      at: row.at,
      device: describeDevice(row.userAgent),
      place: describePlace(row.ip),
    })),
    page,
    pageCount,
    total,
  };
}
