import "server-only";
import type { Tx } from "../db";
import { parseReceiptNumber } from "../cases/receipt-number";
import { fail } from "../result";

// How every evidence operation finds its request: by receipt number and id, only on a case the
// signed-in person owns. Anything else (malformed, another person's, missing) is "not found".

export type RequestRef = { receiptNumber: string; requestId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** The receipt number and request id from a URL or form, or null when either cannot be one. */
export function requestRef(input: { receiptNumber: unknown; requestId: unknown }): RequestRef | null {
  const receipt = parseReceiptNumber(input.receiptNumber);
  if (!receipt.ok || !isUuid(input.requestId)) return null;
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
