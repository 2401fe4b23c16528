import "server-only";
import { parseReceiptNumber } from "../cases/receipt-number";
import { noticePdf, type NoticePdf } from "./notice-pdf";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A notice of one of the user's cases, as a PDF; null when the receipt number or notice id is
 * malformed, does not exist, or belongs to someone else (the caller answers 404 for all of them).
 * An Account Access Notice renders without its code, which is never stored.
 */
export async function noticeForOwner(userId: string, receiptInput: string, noticeId: string): Promise<NoticePdf | null> {
  const receipt = parseReceiptNumber(receiptInput);
  if (!receipt.ok || !UUID.test(noticeId)) return null;
  return noticePdf({ id: noticeId, case: { receiptNumber: receipt.receiptNumber, ownerId: userId } });
}
