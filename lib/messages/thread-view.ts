import "server-only";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { recordOfficerAction } from "../audit/record-officer-action";
import { agencyName } from "../branding";
import { msg } from "../i18n/message-ref";
import { actorOf, isApplicant, isOfficer, isRepresentative, type SessionLike } from "../auth/roles";
import { ownThreads, threadId } from "./message-access";

export type MessageAttachment = { id: string; name: string; contentType: string; size: number };
export type ThreadMessage = {
  id: string;
  fromApplicant: boolean;
  /** A msg() reference: shown with the reader's text(). */
  author: string;
  body: string;
  createdAt: Date;
  attachments: MessageAttachment[];
};
export type ThreadView = {
  id: string;
  subject: string;
  caseId: string;
  receiptNumber: string;
  formType: string;
  applicantEmail: string;
  awaitingAgencySince: Date | null;
  messages: ThreadMessage[];
};

const THREAD_SELECT = {
  id: true,
  subject: true,
  caseId: true,
  awaitingAgencySince: true,
  lastMessageAt: true,
  unreadByApplicant: true,
  applicant: { select: { email: true } },
  case: { select: { receiptNumber: true, formType: true } },
  messages: {
    orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
    select: {
      id: true,
      authorRole: true,
      body: true,
      createdAt: true,
      author: { select: { email: true, representativeProfile: { select: { fullName: true } } } },
      attachments: {
        orderBy: [{ createdAt: "asc" as const }, { id: "asc" as const }],
        select: { id: true, name: true, contentType: true, size: true },
      },
    },
  },
};

type ThreadRow = NonNullable<Awaited<ReturnType<typeof findThread>>>;

function findThread(where: Prisma.MessageThreadWhereInput) {
  return db().messageThread.findFirst({ where, select: THREAD_SELECT });
}

function toView(row: ThreadRow, author: (message: ThreadRow["messages"][number]) => string): ThreadView {
  return {
    id: row.id,
    subject: row.subject,
    caseId: row.caseId,
    receiptNumber: row.case.receiptNumber,
    formType: row.case.formType,
    applicantEmail: row.applicant.email,
    awaitingAgencySince: row.awaitingAgencySince,
    messages: row.messages.map((m) => ({
      id: m.id,
      fromApplicant: m.authorRole !== "OFFICER",
      author: author(m),
      body: m.body,
      createdAt: m.createdAt,
      attachments: m.attachments,
    })),
  };
}

/**
 * The subject of a thread the person may read (their own; any, for an officer), for the page's
 * title; null otherwise. Reads only: opening the thread is what marks it read or is audited.
 */
export async function threadSubject(session: SessionLike | null, id: string): Promise<string | null> {
  const parsed = threadId(id);
  if (!session || !parsed) return null;
  const where = isOfficer(session)
    ? { id: parsed }
    : isApplicant(session) || isRepresentative(session)
      ? { id: parsed, ...ownThreads(actorOf(session)) }
      : null;
  if (!where) return null;
  return (await db().messageThread.findFirst({ where, select: { subject: true } }))?.subject ?? null;
}

/**
 * The applicant's (or representative's) own thread, marked read; null for a malformed id, a missing
 * thread and someone else's alike. `wasUnread`: it had a reply they had not seen (the navigation's count changes).
 * Officers appear as the agency, never by name or email.
 */
export async function threadForApplicant(session: SessionLike, id: string): Promise<(ThreadView & { wasUnread: boolean }) | null> {
  const parsed = threadId(id);
  if ((!isApplicant(session) && !isRepresentative(session)) || !parsed) return null;
  const row = await findThread({ id: parsed, ...ownThreads(actorOf(session)) });
  if (!row) return null;
  if (row.unreadByApplicant) {
    // Only if nothing arrived since this read: a reply landing meanwhile stays unread.
    await db().messageThread.updateMany({
      where: { id: parsed, applicantId: session.user.id, lastMessageAt: row.lastMessageAt },
      data: { unreadByApplicant: false },
    });
  }
  const officer = msg("secureMessages.authors.agencyOfficer", { agency: agencyName() });
  const you = msg("secureMessages.authors.you");
  return { ...toView(row, (m) => (m.authorRole === "OFFICER" ? officer : you)), wasUnread: row.unreadByApplicant };
}

/** Any thread, for an officer; the viewing is audited. Null for a missing thread or anyone who is not an officer. */
export async function threadForOfficer(session: SessionLike, id: string): Promise<ThreadView | null> {
  const parsed = threadId(id);
  if (!isOfficer(session) || !parsed) return null;
  const row = await findThread({ id: parsed });
  if (!row) return null;
  await db().$transaction((tx) => recordOfficerAction(tx, session.user, "message.viewed", row.caseId, { threadId: row.id }));
  return toView(row, officerSideAuthor);
}

/** How officers see a message's writer: the applicant, a representative by name, or the officer (msg() references). */
function officerSideAuthor(m: ThreadRow["messages"][number]): string {
  if (m.authorRole === "APPLICANT") return msg("secureMessages.authors.applicant");
  if (m.authorRole === "REPRESENTATIVE") {
    const name = m.author?.representativeProfile?.fullName ?? m.author?.email;
    return name ? msg("secureMessages.authors.representative", { name }) : msg("secureMessages.authors.representativeClosed");
  }
  return m.author ? msg("secureMessages.authors.officerNamed", { email: m.author.email }) : msg("secureMessages.authors.officer");
}
