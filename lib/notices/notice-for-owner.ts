import "server-only";
import { parseReceiptNumber } from "../cases/receipt-number";
import type { Actor } from "../auth/roles";
import { isId } from "../ids";
import type { Reader } from "../i18n/translator";
import { noticePdf, type NoticePdf } from "./notice-pdf";

/**
 * A notice of one of the user's cases, as a PDF; null when the receipt number or notice id is
 * malformed, does not exist, or belongs to someone else (the caller answers 404 for all of them).
 * An Account Access Notice renders without its code, which is never stored. `reader`: the owner's
 * language and time zone, in which the notice is written.
 */
export async function noticeForOwner(
  owner: Pick<Actor, "id">,
  receiptInput: string,
  noticeId: string,
  reader?: Reader,
): Promise<NoticePdf | null> {
  const receipt = parseReceiptNumber(receiptInput);
  if (!receipt.ok || !isId(noticeId)) return null;
  return noticePdf({ id: noticeId, case: { receiptNumber: receipt.receiptNumber, ownerId: owner.id } }, undefined, reader);
}
