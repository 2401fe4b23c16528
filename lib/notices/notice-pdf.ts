import "server-only";
import { db } from "../db";
import { env } from "../env";
import type { Prisma } from "../generated/prisma/client";
import type { Reader } from "../i18n/translator";
import { noticeFileName } from "./notice-kinds";
import { renderNoticePdf, type NoticeData } from "./render-notice-pdf";

// Loads a notice with what its PDF shows, and renders it. A request-for-evidence notice shows the
// request opened with it (same case, same moment).

export type NoticePdf = { bytes: Uint8Array; fileName: string };

const SELECT = {
  id: true,
  kind: true,
  issuedAt: true,
  appointmentAt: true,
  location: true,
  office: { select: { timeZone: true } },
  case: {
    select: {
      id: true,
      receiptNumber: true,
      formType: true,
      applicantName: true,
      accessCodeExpiresAt: true,
      filing: { select: { submittedAt: true, feeCents: true } },
      owner: { select: { accountNumber: true } },
    },
  },
} satisfies Prisma.NoticeSelect;

/**
 * The notice matching `where` as a PDF, or null. `accessCode` only at intake: it is never stored.
 * `reader`: the language and time zone of the person who reads it (English on the agency's calendar without one).
 */
export async function noticePdf(
  where: Prisma.NoticeWhereInput,
  accessCode?: { code: string; expiresAt: Date },
  reader?: Reader,
): Promise<NoticePdf | null> {
  const notice = await db().notice.findFirst({ where, select: SELECT, orderBy: { issuedAt: "desc" } });
  if (!notice) return null;
  const evidenceRequest =
    notice.kind === "REQUEST_FOR_EVIDENCE"
      ? await db().evidenceRequest.findFirst({
          where: { caseId: notice.case.id, openedAt: { lte: notice.issuedAt } },
          orderBy: { openedAt: "desc" },
          select: { instructions: true, dueAt: true },
        })
      : null;
  const { owner, ...caseData } = notice.case;
  const { office, ...fields } = notice;
  const data: NoticeData = {
    ...fields,
    officeTimeZone: office?.timeZone ?? null,
    case: caseData,
    accountNumber: owner?.accountNumber ?? null,
    evidenceRequest,
    accessCode: notice.kind === "ACCOUNT_ACCESS" ? accessCode : null,
  };
  const bytes = await renderNoticePdf(data, { agencyName: env().AGENCY_NAME, reader });
  return { bytes, fileName: noticeFileName(notice.case.receiptNumber, notice.kind, notice.issuedAt) };
}

/** The Account Access Notice of a case just taken in, with its Online Access Code. */
export async function intakeAccessNoticePdf(caseId: string, accessCode: { code: string; expiresAt: Date }): Promise<NoticePdf> {
  const pdf = await noticePdf({ caseId, kind: "ACCOUNT_ACCESS" }, accessCode);
  if (!pdf) throw new Error("The case has no Account Access Notice");
  return pdf;
}
