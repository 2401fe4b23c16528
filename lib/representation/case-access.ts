import "server-only";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import type { Prisma } from "../generated/prisma/client";

// Who may act on a case, in one place. A representative reaches a case exactly while a G-28 naming
// them is current (Representation.endedAt null); ending it takes access away in the same
// transaction. Every function that takes a case, notice, document, evidence request, thread or
// draft id asks here (or uses the where-clauses below inside its own query) before reading.

export type CaseRelation = "owner" | "representative";

/** Cases a representative may see: a current G-28 names them. */
export function representedCaseWhere(representativeId: string): Prisma.CaseWhereInput {
  return { representations: { some: { representativeId, endedAt: null } } };
}

/** Cases this person may see: their own as the applicant, or (a representative) those a current G-28 gives them. */
export function accessibleCaseWhere(actor: Pick<Actor, "id" | "role">): Prisma.CaseWhereInput {
  if (actor.role === "REPRESENTATIVE") return representedCaseWhere(actor.id);
  if (actor.role === "APPLICANT") return { ownerId: actor.id };
  // Officers use the console's own functions; no account-side case access.
  return { id: { in: [] } };
}

/** How this person relates to the case, or null when they may not reach it (an unknown id alike). */
export async function caseRelation(
  actor: Pick<Actor, "id" | "role">,
  caseId: string,
  tx: Prisma.TransactionClient = db(),
): Promise<CaseRelation | null> {
  if (actor.role === "APPLICANT") {
    const row = await tx.case.findFirst({ where: { id: caseId, ownerId: actor.id }, select: { id: true } });
    return row ? "owner" : null;
  }
  if (actor.role === "REPRESENTATIVE") {
    const row = await tx.representation.findFirst({
      where: { caseId, representativeId: actor.id, endedAt: null },
      select: { id: true },
    });
    return row ? "representative" : null;
  }
  return null;
}
