import "server-only";
import type { Tx } from "../db";
import { zField } from "../actions/form-input";
import { parseReceiptNumber } from "../cases/receipt-number";
import { isId } from "../ids";
import { fail } from "../result";

// How every evidence operation finds its request: by receipt number and id, only on a case the
// signed-in person owns. Anything else (malformed, another person's, missing) is "not found".

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

export type LockedRequest = { id: string; caseId: string; respondedAt: Date | null };

/**
 * The owner's request, locked for the rest of the transaction so an upload, a removal and the
 * submission of the response happen one after another, never interleaved.
 */
export async function lockOwnedRequest(tx: Tx, ownerId: string, ref: RequestRef): Promise<LockedRequest | null> {
  const rows = await tx.$queryRaw<LockedRequest[]>`
    SELECT r.id, r."caseId", r."respondedAt"
    FROM "EvidenceRequest" r JOIN "Case" c ON c.id = r."caseId"
    WHERE r.id = ${ref.requestId}::uuid AND c."receiptNumber" = ${ref.receiptNumber} AND c."ownerId" = ${ownerId}::uuid
    FOR UPDATE OF r`;
  return rows[0] ?? null;
}

export const REQUEST_NOT_FOUND = () => fail("not_found", "We could not find that request for evidence in your account.");
export const ALREADY_ANSWERED = () =>
  fail("already_answered", "This request was already answered: your response was sent, so its documents can no longer be changed.");
