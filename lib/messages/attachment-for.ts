import "server-only";
import { db } from "../db";
import { recordOfficerAction } from "../audit/record-officer-action";
import { actorOf, isApplicant, isOfficer, isRepresentative, type SessionLike } from "../auth/roles";
import type { DocumentDownload } from "../evidence/owned-document";
import { isId } from "../ids";
import { fileStorage } from "../storage/storage";
import { ownThreads, threadId } from "./message-access";

/**
 * A message attachment with its bytes: for the one who opened the thread (applicant or representative), or for an officer (audited).
 * Null for anyone else, a file from another thread, or a missing one: the same 404 for all.
 */
export async function attachmentFor(
  session: SessionLike,
  input: { threadId: string; documentId: string },
): Promise<DocumentDownload | null> {
  const thread = threadId(input.threadId);
  if (!thread || !isId(input.documentId)) return null;
  const userId = session.user.id;
  const officer = isOfficer(session);
  if (!officer && !isApplicant(session) && !isRepresentative(session)) return null;
  const document = await db().document.findFirst({
    where: {
      id: input.documentId.toLowerCase(),
      message: { threadId: thread, ...(officer ? {} : { thread: ownThreads(actorOf(session)) }) },
    },
    select: { id: true, caseId: true, name: true, contentType: true, size: true, storageKey: true },
  });
  if (!document) return null;
  if (officer) {
    await db().$transaction((tx) =>
      recordOfficerAction(tx, { id: userId }, "document.downloaded", document.caseId, { documentId: document.id, threadId: thread }),
    );
  }
  const body = await fileStorage().get(document.storageKey);
  if (!body) return null;
  return { name: document.name, contentType: document.contentType, size: document.size, body };
}
