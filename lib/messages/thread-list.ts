import "server-only";
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

/** The applicant's threads, the most recently active first. */
export async function threadsForApplicant(session: SessionLike): Promise<ThreadSummary[]> {
  if (!isApplicant(session)) return [];
  const rows = await db().messageThread.findMany({
    where: applicantThreads(session.user.id),
    orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      subject: true,
      lastMessageAt: true,
      unreadByApplicant: true,
      case: { select: { receiptNumber: true, formType: true } },
      _count: { select: { messages: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    subject: row.subject,
    receiptNumber: row.case.receiptNumber,
    formType: row.case.formType,
    lastMessageAt: row.lastMessageAt,
    unread: row.unreadByApplicant,
    messageCount: row._count.messages,
  }));
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
