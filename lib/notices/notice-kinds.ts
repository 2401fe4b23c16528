import type { NoticeKind } from "../generated/prisma/client";

// Every kind of notice, defined once: the title people see (case pages, the console, the PDF and its
// file name all use it), the form number printed with it, and the name the agency command and the
// console's form use for the kinds an officer issues directly.

type NoticeKindInfo = {
  /** The notice's name in sentence case, like the rest of the portal. */
  name: string;
  /** The agency form the notice is issued on, shown after the name. */
  formNumber: string | null;
  /** The words in its file name. */
  slug: string;
  /** The name `issue-notice --kind` and the console form use; null when it is not issued on its own. */
  issueAs: string | null;
};

const KINDS: Record<NoticeKind, NoticeKindInfo> = {
  RECEIPT: { name: "Receipt notice", formNumber: "I-797C", slug: "receipt-notice", issueAs: "receipt" },
  BIOMETRICS_APPOINTMENT: {
    name: "Biometrics appointment notice",
    formNumber: "I-797C",
    slug: "biometrics-appointment-notice",
    issueAs: "biometrics",
  },
  INTERVIEW: { name: "Interview notice", formNumber: "I-797C", slug: "interview-notice", issueAs: "interview" },
  REQUEST_FOR_EVIDENCE: { name: "Request for evidence", formNumber: null, slug: "request-for-evidence", issueAs: null },
  APPROVAL: { name: "Approval notice", formNumber: "I-797", slug: "approval-notice", issueAs: "approval" },
  DENIAL: { name: "Denial notice", formNumber: null, slug: "denial-notice", issueAs: "denial" },
  ACCOUNT_ACCESS: { name: "Account Access Notice", formNumber: null, slug: "account-access-notice", issueAs: null },
};

/** "Interview notice (I-797C)": the one title of a kind, on every page and on the PDF. */
export function noticeTitle(kind: NoticeKind): string {
  const { name, formNumber } = KINDS[kind];
  return formNumber ? `${name} (${formNumber})` : name;
}

/** EAC2612345678-receipt-notice-2026-11-21.pdf */
export function noticeFileName(receiptNumber: string, kind: NoticeKind, issuedAt: Date): string {
  return `${receiptNumber}-${KINDS[kind].slug}-${issuedAt.toISOString().slice(0, 10)}.pdf`;
}

/** The kinds an officer issues directly (a request for evidence and the access notice come with other changes). */
export type IssuableNoticeKind = Exclude<NoticeKind, "REQUEST_FOR_EVIDENCE" | "ACCOUNT_ACCESS">;

/** "interview" -> INTERVIEW, for the kinds an officer issues directly, in the order they are offered. */
export const ISSUABLE_NOTICE_KINDS: Readonly<Record<string, IssuableNoticeKind>> = Object.fromEntries(
  (Object.entries(KINDS) as [NoticeKind, NoticeKindInfo][]).flatMap(([kind, info]) => (info.issueAs ? [[info.issueAs, kind]] : [])),
) as Record<string, IssuableNoticeKind>;

/** The kind an officer named ("Interview", " interview "), or null. */
export function issuableNoticeKind(name: string): IssuableNoticeKind | null {
  const key = name.trim().toLowerCase();
  // hasOwn: "constructor" or "__proto__" must not find Object's own properties.
  return Object.hasOwn(ISSUABLE_NOTICE_KINDS, key) ? ISSUABLE_NOTICE_KINDS[key] : null;
}

/** The choices of the console's "Kind of notice" list. */
export const ISSUABLE_NOTICE_OPTIONS = Object.entries(ISSUABLE_NOTICE_KINDS).map(([value, kind]) => ({ value, label: noticeTitle(kind) }));

export function needsAppointment(kind: NoticeKind): boolean {
  return kind === "BIOMETRICS_APPOINTMENT" || kind === "INTERVIEW";
}
