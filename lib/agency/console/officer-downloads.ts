import "server-only";
import type { Readable } from "node:stream";
import { recordOfficerAction } from "../../audit/record-officer-action";
import { parseReceiptNumber } from "../../cases/receipt-number";
import { db } from "../../db";
import { isId } from "../../ids";
import { noticePdf, type NoticePdf } from "../../notices/notice-pdf";
import type { CurrentSession } from "../../sessions/sessions";
import { fileStorage } from "../../storage/storage";
import { officerOf } from "./officer-only";

// Notices and uploaded documents of any case, for officers; each download is audited. Anyone else,
// a malformed id or a missing file: null, nothing recorded (the route answers 404).

export async function noticeForOfficer(session: CurrentSession, receiptInput: string, noticeId: string): Promise<NoticePdf | null> {
  const officer = officerOf(session);
  const receipt = parseReceiptNumber(receiptInput);
  if (!officer || !receipt.ok || !isId(noticeId)) return null;
  const notice = await db().notice.findFirst({
    where: { id: noticeId, case: { receiptNumber: receipt.receiptNumber } },
    select: { caseId: true, kind: true },
  });
  if (!notice) return null;
  const pdf = await noticePdf({ id: noticeId });
  if (!pdf) return null;
  await db().$transaction((tx) =>
    recordOfficerAction(tx, officer, "document.downloaded", notice.caseId, { notice: notice.kind, noticeId }),
  );
  return pdf;
}

export type OfficerDocument = { name: string; contentType: string; size: number; body: Readable };

export async function documentForOfficer(
  session: CurrentSession,
  receiptInput: string,
  documentId: string,
): Promise<OfficerDocument | null> {
  const officer = officerOf(session);
  const receipt = parseReceiptNumber(receiptInput);
  if (!officer || !receipt.ok || !isId(documentId)) return null;
  const document = await db().document.findFirst({
    where: { id: documentId, case: { receiptNumber: receipt.receiptNumber } },
    select: { caseId: true, name: true, contentType: true, size: true, storageKey: true },
  });
  if (!document) return null;
  const body = await fileStorage().get(document.storageKey);
  if (!body) return null;
  await db().$transaction((tx) => recordOfficerAction(tx, officer, "document.downloaded", document.caseId, { documentId }));
  return { name: document.name, contentType: document.contentType, size: document.size, body };
}
