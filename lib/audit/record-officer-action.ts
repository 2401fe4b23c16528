import "server-only";
import type { Actor } from "../auth/roles";
import type { Tx } from "../db";

// The audit log: who at the agency did what to which case, and when. Every officer action writes
// one row in the same transaction as the action itself, so there is no action without its row.

export type OfficerAction =
  | "case.intake"
  | "case.status_added"
  | "case.notice_issued"
  | "case.evidence_requested"
  | "case.evidence_reviewed"
  | "case.viewed"
  | "case.searched"
  | "document.downloaded"
  | "message.replied"
  | "message.viewed"
  | "alert.retried";

/** The officer acting: only their id is recorded. */
export type Officer = Pick<Actor, "id">;

export async function recordOfficerAction(
  tx: Tx,
  officer: Officer,
  action: OfficerAction,
  caseId: string | null,
  detail?: Record<string, string | number | boolean | null>,
): Promise<void> {
  await tx.auditLog.create({ data: { actorId: officer.id, action, caseId, detail: detail ?? undefined } });
}
