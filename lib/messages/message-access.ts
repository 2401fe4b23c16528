import "server-only";
import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { isUuid } from "../evidence/owned-request";
import { fail } from "../result";
import type { CurrentSession } from "../sessions/sessions";

// Who may touch which thread. Every message function checks the session itself: a thread is the
// applicant's own (on a case they still own) or, for a fully signed-in officer, any thread. Anything
// else reads exactly like a thread that does not exist.

export type MessageSession = Pick<CurrentSession, "level" | "user">;

export function isApplicant(session: MessageSession | null | undefined): session is MessageSession {
  return !!session && session.level === "FULL" && session.user.role === "APPLICANT";
}

export function isOfficer(session: MessageSession | null | undefined): session is MessageSession {
  return !!session && session.level === "FULL" && session.user.role === "OFFICER";
}

export function applicantThreads(userId: string): Prisma.MessageThreadWhereInput {
  return { applicantId: userId, case: { ownerId: userId } };
}

export function threadId(value: unknown): string | null {
  return isUuid(value) ? value.toLowerCase() : null;
}

export type LockedThread = { id: string; caseId: string; applicantId: string; awaitingAgencySince: Date | null };

/** The thread, locked for the rest of the transaction so two replies are recorded one after the other. */
export async function lockThread(tx: Tx, id: string): Promise<LockedThread | null> {
  const rows = await tx.$queryRaw<LockedThread[]>`
    SELECT id, "caseId", "applicantId", "awaitingAgencySince" FROM "MessageThread" WHERE id = ${id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export const THREAD_NOT_FOUND = () => fail("not_found", "We could not find that message in your account.");
