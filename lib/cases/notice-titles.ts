import type { NoticeKind } from "../generated/prisma/client";

/** What each kind of notice is called on the case page. */
export const NOTICE_TITLES: Record<NoticeKind, string> = {
  RECEIPT: "Receipt notice (I-797C)",
  BIOMETRICS_APPOINTMENT: "Biometrics appointment notice",
  INTERVIEW: "Interview notice",
  REQUEST_FOR_EVIDENCE: "Request for evidence",
  APPROVAL: "Approval notice (I-797)",
  DENIAL: "Denial notice",
  ACCOUNT_ACCESS: "Account Access Notice",
};
