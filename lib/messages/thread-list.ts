import "server-only";
import { pageWindow } from "../http/page-number";
import { db } from "../db";
import { isApplicant, type Actor, type SessionLike } from "../auth/roles";
import { applicantThreads } from "./message-access";

export type ThreadSummary = {
  id: string;
  subject: string;
  receiptNumber: string;
  formType: string;
  lastMessageAt: Date;
  unread: boolean;
  messageCount: number;
};

export const THREAD_PAGE_SIZE = 20;

export type ThreadPage = { threads: ThreadSummary[]; page: number; pageCount: number; total: number; unread: number };

/**
 * One page of the applicant's threads, the most recently active first; a page past the end shows the
 * last. `total` and `unread` count every page.
 */
export async function threadsForApplicant(session: SessionLike, requestedPage = 1, pageSize = THREAD_PAGE_SIZE): Promise<ThreadPage> {
  if (!isApplicant(session)) return { threads: [], page: 1, pageCount: 1, total: 0, unread: 0 };
  const where = applicantThreads(session.user.id);
  const [total, unread] = await Promise.all([db().messageThread.count({ where }), unreadThreadCount(session.user)]);
  const { page, pageCount, skip, take } = pageWindow(total, requestedPage, pageSize);
  const rows = await db().messageThread.findMany({
    where,
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: {
      id: true,
      subject: true,
      lastMessageAt: true,
      unreadByApplicant: true,
      case: { select: { receiptNumber: true, formType: true } },
      _count: { select: { messages: true } },
    },
  });
  const threads = rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    receiptNumber: row.case.receiptNumber,
    formType: row.case.formType,
    lastMessageAt: row.lastMessageAt,
    unread: row.unreadByApplicant,
    messageCount: row._count.messages,
  }));
  return { threads, page, pageCount, total, unread };
}

/** How many of the person's threads have a reply they have not opened (for the navigation). */
export async function unreadThreadCount(applicant: Pick<Actor, "id">): Promise<number> {
  return db().messageThread.count({ where: { ...applicantThreads(applicant.id), unreadByApplicant: true } });
}

export type MessageableCase = { receiptNumber: string; label: string };

/** The applicant's cases, for choosing what a new message is about. */
export async function casesToWriteAbout(session: SessionLike): Promise<MessageableCase[]> {
  if (!isApplicant(session)) return [];
  const rows = await db().case.findMany({
    where: { ownerId: session.user.id },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: { receiptNumber: true, formType: true },
  });
  return rows.map((row) => ({ receiptNumber: row.receiptNumber, label: `${row.receiptNumber} (${row.formType})` }));
}
