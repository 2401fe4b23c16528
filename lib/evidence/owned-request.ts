import "server-only";
import type { Tx } from "../db";
import type { Actor } from "../auth/roles";
import { caseRelation, type CaseRelation } from "../representation/case-access";
import { zField } from "../actions/form-input";
import { parseReceiptNumber } from "../cases/receipt-number";
import { isId } from "../ids";
import { msg } from "../i18n/message-ref";
import { fail } from "../result";

// How every evidence operation finds its request: by receipt number and id, only on a case the
// signed-in person may act on (lib/representation/case-access.ts: their own, or one a current G-28
// gives their representative). Anything else (malformed, another person's, missing) is "not found".

export type RequestRef = { receiptNumber: string; requestId: string };

/**
 * The hidden fields naming the request in every evidence form. Read as text: a malformed one is
 * answered "not found" by requestRef, like a request that is not the person's.
 */
export const zRequestRefFields = { receiptNumber: zField(), requestId: zField() };

/** The receipt number and request id from a URL or form, or null when either cannot be one. */
export function requestRef(input: { receiptNumber: string; requestId: string }): RequestRef | null {
  const receipt = parseReceiptNumber(input.receiptNumber);
  if (!receipt.ok || !isId(input.requestId)) return null;
  return { receiptNumber: receipt.receiptNumber, requestId: input.requestId.toLowerCase() };
}

export type LockedRequest = { id: string; caseId: string; respondedAt: Date | null; relation: CaseRelation };

/**
 * The request, locked for the rest of the transaction so an upload, a removal and the submission
 * of the response happen one after another, never interleaved; null unless the person may act on its case.
 */
export async function lockReachableRequest(tx: Tx, actor: Pick<Actor, "id" | "role">, ref: RequestRef): Promise<LockedRequest | null> {
  const rows = await tx.$queryRaw<Omit<LockedRequest, "relation">[]>`
    SELECT r.id, r."caseId", r."respondedAt"
    FROM "EvidenceRequest" r JOIN "Case" c ON c.id = r."caseId"
    WHERE r.id = ${ref.requestId}::uuid AND c."receiptNumber" = ${ref.receiptNumber}
    FOR UPDATE OF r`;
  const row = rows[0];
  if (!row) return null;
  const relation = await caseRelation(actor, row.caseId, tx);
  return relation ? { ...row, relation } : null;
}

export const REQUEST_NOT_FOUND = () => fail("not_found", msg("evidence.errors.notFound"));
export const ALREADY_ANSWERED = () => fail("already_answered", msg("evidence.errors.alreadyAnswered"));
