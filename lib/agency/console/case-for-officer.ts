import "server-only";
import type { NoticeKind, OutboundChannel, OutboundStatus } from "../../generated/prisma/client";
import { recordOfficerAction } from "../../audit/record-officer-action";
import { formName } from "../../cases/forms";
import { noticeTitle } from "../../notices/notice-kinds";
import { parseReceiptNumber } from "../../cases/receipt-number";
import { statusTitle } from "../../cases/statuses";
import { db } from "../../db";
import { onlineFilingOfCase, type OnlineFilingView } from "../../filing/filings-for-officer";
import type { CurrentSession } from "../../sessions/sessions";
import { officerOf } from "./officer-only";

// A case as the officer sees it: everything on it, the account it is linked to, its message
// threads and the alerts sent about it. Opening it is audited ("case.viewed").

const ALERTS_SHOWN = 50;

export type OfficerCaseView = {
  id: string;
  receiptNumber: string;
  formType: string;
  formName: string;
  applicantName: string;
  ownerEmail: string | null;
  status: string;
  statusChangedAt: Date;
  submittedAt: Date;
  history: { id: string; status: string; at: Date }[];
  /** Cases filed online: the filing as submitted (answers, documents, payment, signature). */
  onlineFiling: OnlineFilingView | null;
  notices: { id: string; kind: NoticeKind; title: string; issuedAt: Date; appointmentAt: Date | null; location: string | null }[];
  evidenceRequests: {
    id: string;
    instructions: string;
    openedAt: Date;
    dueAt: Date;
    respondedAt: Date | null;
    reviewedAt: Date | null;
    documents: { id: string; name: string; size: number; createdAt: Date }[];
  }[];
  threads: { id: string; subject: string; createdAt: Date; lastMessageAt: Date; awaitingAgencySince: Date | null }[];
  alerts: {
    id: string;
    channel: OutboundChannel;
    template: string;
    status: OutboundStatus;
    attempts: number;
    createdAt: Date;
    sentAt: Date | null;
  }[];
};

/** The case for an officer, audited as viewed; null (and nothing recorded) for anyone else, a malformed or an unknown receipt number. */
export async function caseForOfficer(session: CurrentSession, receiptInput: string): Promise<OfficerCaseView | null> {
  const officer = officerOf(session);
  const receipt = parseReceiptNumber(receiptInput);
  if (!officer || !receipt.ok) return null;
  return db().$transaction(async (tx) => {
    const row = await tx.case.findUnique({
      where: { receiptNumber: receipt.receiptNumber },
      select: {
        id: true,
        receiptNumber: true,
        formType: true,
        applicantName: true,
        status: true,
        statusChangedAt: true,
        submittedAt: true,
        owner: { select: { email: true } },
        events: { orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true, status: true, at: true } },
        notices: {
          orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
          select: { id: true, kind: true, issuedAt: true, appointmentAt: true, location: true },
        },
        evidenceRequests: {
          orderBy: [{ openedAt: "desc" }, { id: "desc" }],
          select: {
            id: true,
            instructions: true,
            openedAt: true,
            dueAt: true,
            respondedAt: true,
            reviewedAt: true,
            documents: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, name: true, size: true, createdAt: true } },
          },
        },
        threads: {
          orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
          select: { id: true, subject: true, createdAt: true, lastMessageAt: true, awaitingAgencySince: true },
        },
        alerts: {
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: ALERTS_SHOWN,
          select: { id: true, channel: true, template: true, status: true, attempts: true, createdAt: true, sentAt: true },
        },
      },
    });
    if (!row) return null;
    await recordOfficerAction(tx, officer, "case.viewed", row.id);
    const onlineFiling = await onlineFilingOfCase(tx, row.id);
    const { owner, notices, events, ...rest } = row;
    return {
      ...rest,
      status: statusTitle(rest.status),
      history: events.map((event) => ({ ...event, status: statusTitle(event.status) })),
      onlineFiling,
      formName: formName(row.formType),
      ownerEmail: owner?.email ?? null,
      notices: notices.map((notice) => ({ ...notice, title: noticeTitle(notice.kind) })),
    };
  });
}
