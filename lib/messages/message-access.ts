import "server-only";
import type { Actor } from "../auth/roles";
import type { Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { isId } from "../ids";
import { msg } from "../i18n/message-ref";
import { fail } from "../result";
import { accessibleCaseWhere } from "../representation/case-access";

// Who may touch which thread. Every message function checks the session itself (lib/auth/roles): a
// thread is the applicant's own (on a case they still own), a representative's own (on a case a
// current G-28 still gives them) or, for a fully signed-in officer, any thread. A representative
// never reaches the applicant's threads, nor the applicant theirs. Anything else reads exactly like
// a thread that does not exist.

export function applicantThreads(userId: string): Prisma.MessageThreadWhereInput {
  return { applicantId: userId, case: { ownerId: userId } };
}

/** The threads this applicant or representative opened, on cases they may still reach. */
export function ownThreads(actor: Pick<Actor, "id" | "role">): Prisma.MessageThreadWhereInput {
  return { applicantId: actor.id, case: accessibleCaseWhere(actor) };
}

/** A thread id from a URL or form, or null when it cannot be one. */
export function threadId(value: string): string | null {
  return isId(value) ? value.toLowerCase() : null;
}

export type LockedThread = { id: string; caseId: string; applicantId: string; awaitingAgencySince: Date | null };

/** The thread, locked for the rest of the transaction so two replies are recorded one after the other. */
export async function lockThread(tx: Tx, id: string): Promise<LockedThread | null> {
  const rows = await tx.$queryRaw<LockedThread[]>`
    SELECT id, "caseId", "applicantId", "awaitingAgencySince" FROM "MessageThread" WHERE id = ${id}::uuid FOR UPDATE`;
  return rows[0] ?? null;
}

export const THREAD_NOT_FOUND = () => fail("not_found", msg("secureMessages.errors.notFound"));
