import type { NoticeKind } from "../generated/prisma/client";

/** The title printed on each kind of notice, and the words used in its file name. */
export const NOTICE_TITLES: Record<NoticeKind, { title: string; slug: string }> = {
  RECEIPT: { title: "Receipt Notice (I-797C)", slug: "receipt-notice" },
  BIOMETRICS_APPOINTMENT: { title: "Biometrics Appointment Notice (I-797C)", slug: "biometrics-appointment-notice" },
  INTERVIEW: { title: "Interview Notice (I-797C)", slug: "interview-notice" },
  REQUEST_FOR_EVIDENCE: { title: "Request for Evidence", slug: "request-for-evidence" },
  APPROVAL: { title: "Approval Notice (I-797)", slug: "approval-notice" },
  DENIAL: { title: "Denial Notice", slug: "denial-notice" },
  ACCOUNT_ACCESS: { title: "Account Access Notice", slug: "account-access-notice" },
};

export function noticeTitle(kind: NoticeKind): string {
  return NOTICE_TITLES[kind].title;
}

/** EAC2612345678-receipt-notice-2026-11-21.pdf */
export function noticeFileName(receiptNumber: string, kind: NoticeKind, issuedAt: Date): string {
  return `${receiptNumber}-${NOTICE_TITLES[kind].slug}-${issuedAt.toISOString().slice(0, 10)}.pdf`;
}


