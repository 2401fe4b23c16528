import "server-only";
import { filingText, RECORD_READER } from "./engine/localize";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import { isId } from "../ids";
import { definitionFor } from "./definitions";
import { filedFormFileName } from "./filed-form-pdf";

// The person's submitted filings, kept under the account ("Your filings") and behind the
// confirmation page: the confirmation number, the case it became, and where its PDFs are.

export type SubmittedFiling = {
  id: string;
  formType: string;
  formTitle: string;
  confirmationNumber: string;
  submittedAt: Date;
  feeCents: number;
  /** Forms that make a case: the case, its receipt notice and the filed form's PDF (ids for the case's download routes). */
  case: {
    receiptNumber: string;
    receiptNoticeId: string | null;
    filedFormDocumentId: string | null;
  } | null;
};

export const SUBMITTED_FILING_SELECT = {
  id: true,
  formType: true,
  confirmationNumber: true,
  submittedAt: true,
  feeCents: true,
  case: {
    select: {
      receiptNumber: true,
      notices: { where: { kind: "RECEIPT" as const }, orderBy: { issuedAt: "asc" as const }, take: 1, select: { id: true } },
      // The filed form is the one document the portal drew itself (no uploader), under its own name.
      documents: {
        where: { uploaderId: null, messageId: null, evidenceRequestId: null },
        orderBy: { createdAt: "asc" as const },
        select: { id: true, name: true },
      },
    },
  },
} as const;

type Row = {
  id: string;
  formType: string;
  confirmationNumber: string | null;
  submittedAt: Date | null;
  feeCents: number | null;
  case: { receiptNumber: string; notices: { id: string }[]; documents: { id: string; name: string }[] } | null;
};

export function submittedFilingView(row: Row): SubmittedFiling {
  const confirmationNumber = row.confirmationNumber ?? "";
  const filedFormName = row.case ? filedFormFileName(row.formType, row.case.receiptNumber, confirmationNumber) : null;
  return {
    id: row.id,
    formType: row.formType,
    formTitle: (() => {
      const def = definitionFor(row.formType);
      return def ? filingText(def.title, RECORD_READER) : row.formType;
    })(),
    confirmationNumber,
    submittedAt: row.submittedAt ?? new Date(0),
    feeCents: row.feeCents ?? 0,
    case: row.case
      ? {
          receiptNumber: row.case.receiptNumber,
          receiptNoticeId: row.case.notices[0]?.id ?? null,
          filedFormDocumentId: row.case.documents.find((d) => d.name === filedFormName)?.id ?? null,
        }
      : null,
  };
}

/** Every filing the person submitted, newest first. */
export async function listSubmittedFilings(actor: Pick<Actor, "id">): Promise<SubmittedFiling[]> {
  const rows = await db().filing.findMany({
    where: { ownerId: actor.id, status: "SUBMITTED" },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    select: SUBMITTED_FILING_SELECT,
  });
  return rows.map(submittedFilingView);
}

/** One submitted filing of the person (the confirmation page); null for a draft, someone else's, an unknown or malformed id. */
export async function submittedFilingFor(actor: Pick<Actor, "id">, filingId: string): Promise<SubmittedFiling | null> {
  if (!isId(filingId)) return null;
  const row = await db().filing.findFirst({
    where: { id: filingId.toLowerCase(), ownerId: actor.id, status: "SUBMITTED" },
    select: SUBMITTED_FILING_SELECT,
  });
  return row ? submittedFilingView(row) : null;
}
