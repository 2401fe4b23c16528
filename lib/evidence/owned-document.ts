import "server-only";
import type { Readable } from "node:stream";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { accessibleCaseWhere } from "../representation/case-access";
import { parseReceiptNumber } from "../cases/receipt-number";
import { fileStorage } from "../storage/storage";
import { isId } from "../ids";

export type DocumentDownload = { name: string; contentType: string; size: number; body: Readable };

/** A document of a case the person may reach (owner or current representative), with its bytes; null for anyone else or a missing file. */
export async function documentForOwner(
  owner: Pick<Actor, "id" | "role">,
  params: { receiptNumber: unknown; documentId: unknown },
): Promise<DocumentDownload | null> {
  const receipt = parseReceiptNumber(params.receiptNumber);
  if (!receipt.ok || !isId(params.documentId)) return null;
  const document = await db().document.findFirst({
    where: { id: params.documentId, case: { receiptNumber: receipt.receiptNumber, ...accessibleCaseWhere(owner) } },
    select: { name: true, contentType: true, size: true, storageKey: true },
  });
  if (!document) return null;
  const body = await fileStorage().get(document.storageKey);
  if (!body) return null;
  return { name: document.name, contentType: document.contentType, size: document.size, body };
}
