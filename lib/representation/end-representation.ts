import "server-only";
import type { Actor } from "../auth/roles";
import { recordOfficerAction } from "../audit/record-officer-action";
import { db, type Tx } from "../db";
import type { RepresentationEndedBy } from "../generated/prisma/client";
import type { RequestInfo } from "../http/request-info";
import { isId } from "../ids";
import { env } from "../env";
import { enqueueEmail } from "../notify/enqueue";
import { fail, type ActionResult } from "../result";
import { REPRESENTATION_ENDED_TITLE, REPRESENTATION_TEXTS } from "./representation-texts";

// Ending a G-28: the client (the case's owner) ends it, the representative withdraws, or an officer
// removes it. One transaction sets endedAt (only while it is still current, so a second click or a
// race changes nothing), adds the case history's entry, queues the emails to both sides and, for an
// officer, the audit row. Access checks read endedAt (case-access.ts), so access ends with the commit.

export type EndRepresentationInput = {
  representationId: string;
  actor: Pick<Actor, "id" | "role">;
  as: RepresentationEndedBy;
  request?: RequestInfo;
  now?: Date;
};

export type EndedRepresentation = { caseId: string; receiptNumber: string; representativeId: string };

/** May this person end this G-28 acting as `as`? Unknown and not-allowed read the same to the caller. */
function mayEnd(
  input: Pick<EndRepresentationInput, "actor" | "as">,
  row: { representativeId: string; case: { ownerId: string | null } },
): boolean {
  const { actor } = input;
  switch (input.as) {
    case "CLIENT":
      return actor.role === "APPLICANT" && row.case.ownerId === actor.id;
    case "REPRESENTATIVE":
      return actor.role === "REPRESENTATIVE" && row.representativeId === actor.id;
    case "OFFICER":
      return actor.role === "OFFICER";
    default:
      return false;
  }
}

export async function endRepresentation(input: EndRepresentationInput): Promise<ActionResult<EndedRepresentation>> {
  if (!isId(input.representationId)) return fail("not_found", REPRESENTATION_TEXTS.notFound);
  const representationId = input.representationId.toLowerCase();
  return db().$transaction(async (tx) => {
    const row = await tx.representation.findUnique({
      where: { id: representationId },
      select: {
        id: true,
        caseId: true,
        representativeId: true,
        endedAt: true,
        representative: { select: { email: true } },
        case: { select: { receiptNumber: true, ownerId: true, owner: { select: { email: true } } } },
      },
    });
    if (!row || !mayEnd(input, row)) return fail("not_found", REPRESENTATION_TEXTS.notFound);
    if (row.endedAt) return fail("already_ended", REPRESENTATION_TEXTS.alreadyEnded);
    const now = input.now ?? new Date();
    // Conditional: of two requests racing, exactly one finds the row still current.
    const ended = await tx.representation.updateMany({
      where: { id: row.id, endedAt: null },
      data: { endedAt: now, endedBy: input.as, endedById: input.actor.id },
    });
    if (ended.count !== 1) return fail("already_ended", REPRESENTATION_TEXTS.alreadyEnded);
    await recordRepresentationEnded(tx, { ...row, as: input.as, now });
    if (input.as === "OFFICER")
      await recordOfficerAction(tx, input.actor, "representation.removed", row.caseId, {
        representationId: row.id,
        representativeId: row.representativeId,
        requestId: input.request?.requestId ?? null,
      });
    return { ok: true, caseId: row.caseId, receiptNumber: row.case.receiptNumber, representativeId: row.representativeId };
  });
}

async function recordRepresentationEnded(
  tx: Tx,
  ended: {
    caseId: string;
    as: RepresentationEndedBy;
    now: Date;
    representative: { email: string };
    case: { receiptNumber: string; owner: { email: string } | null };
  },
): Promise<void> {
  // The client's own act is never "new since your last visit" to them.
  await tx.caseEvent.create({
    data: {
      caseId: ended.caseId,
      kind: "REPRESENTATION_ENDED",
      status: REPRESENTATION_ENDED_TITLE,
      at: ended.now,
      byOwner: ended.as === "CLIENT",
    },
  });
  const url = (path: string) => new URL(path, env().APP_URL).toString();
  // Only the applicant's email is tied to the case: the console lists those as alerts to the applicant.
  await enqueueEmail(tx, ended.representative.email, "representation-ended", {
    audience: "REPRESENTATIVE",
    endedBy: ended.as,
    url: url("/representative/withdrawn"),
  });
  if (ended.case.owner)
    await enqueueEmail(
      tx,
      ended.case.owner.email,
      "representation-ended",
      { audience: "CLIENT", endedBy: ended.as, url: url("/dashboard") },
      { caseId: ended.caseId },
    );
}
