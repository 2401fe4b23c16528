import "server-only";
import type { Actor } from "../auth/roles";
import type { Tx } from "../db";
import type { AuditAction } from "./audit-actions";
import { officerActor, type AuditActor } from "./audit-actor";

// The audit log: who at the agency (an officer, or the agency command) did what to which case, and
// when. Every such action writes one row in the same transaction as the action itself, so there is
// no action without its row.

type Detail = Record<string, string | number | boolean | null>;

/** The officer acting: only their id is recorded. */
export type Officer = Pick<Actor, "id">;

export async function recordAuditEntry(tx: Tx, by: AuditActor, action: AuditAction, caseId: string | null, detail?: Detail): Promise<void> {
  await tx.auditLog.create({
    data:
      by.kind === "OFFICER"
        ? { actorKind: "OFFICER", actorId: by.id, action, caseId, detail: detail ?? undefined }
        : { actorKind: "AGENCY_COMMAND", actorLabel: by.osUser, action, caseId, detail: detail ?? undefined },
  });
}

export async function recordOfficerAction(
  tx: Tx,
  officer: Officer,
  action: AuditAction,
  caseId: string | null,
  detail?: Detail,
): Promise<void> {
  await recordAuditEntry(tx, officerActor(officer), action, caseId, detail);
}
