import "server-only";
import { filingText, RECORD_READER } from "./engine/localize";
import { db, type Tx } from "../db";
import type { PaymentStatus } from "../generated/prisma/client";
import type { Answers } from "./definition";
import { definitionFor } from "./definitions";
import { answersByPart, type AnswerPart } from "./engine/answers-by-part";
import { FIRST_ONLINE_STATUS } from "./first-status";

// Online filings as the agency sees them: on an officer's case page (the answers by part, the
// documents filed with it, the payment reference and the signature record), in the work queue
// (until an officer first acts on the case), and in `npm run agency -- list-filings`.
// Callers check the officer; these only read.

export type OnlineFilingView = {
  formType: string;
  formTitle: string;
  confirmationNumber: string;
  submittedAt: Date;
  feeCents: number;
  feeRule: string | null;
  parts: AnswerPart[];
  /** The filed form's PDF among the case's documents. */
  filedFormDocumentId: string | null;
  /** The files uploaded with the form, each with the document rule it was for and the case document it became. */
  documents: { kind: string; kindLabel: string; name: string; size: number; documentId: string | null }[];
  payments: {
    amountCents: number;
    currency: string;
    status: PaymentStatus;
    stripeCheckoutSessionId: string;
    stripePaymentIntentId: string | null;
    paidAt: Date | null;
  }[];
  signature: { name: string | null; signedAt: Date | null; address: string | null; userAgent: string | null };
};

/** The online filing a case came from, or null for a paper case. */
export async function onlineFilingOfCase(tx: Tx, caseId: string): Promise<OnlineFilingView | null> {
  const filing = await tx.filing.findUnique({
    where: { caseId },
    select: {
      formType: true,
      confirmationNumber: true,
      submittedAt: true,
      answers: true,
      feeCents: true,
      feeRule: true,
      signatureName: true,
      signedAt: true,
      signatureAddress: true,
      signatureUserAgent: true,
      documents: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { kind: true, name: true, size: true, storageKey: true } },
      payments: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          amountCents: true,
          currency: true,
          status: true,
          stripeCheckoutSessionId: true,
          stripePaymentIntentId: true,
          paidAt: true,
        },
      },
    },
  });
  if (!filing) return null;
  const caseDocuments = await tx.document.findMany({
    where: { caseId, storageKey: { in: filing.documents.map((d) => d.storageKey) } },
    select: { id: true, storageKey: true },
  });
  const filedForm = await tx.document.findFirst({
    where: { caseId, uploaderId: null, messageId: null, evidenceRequestId: null, name: { endsWith: `-${filing.formType}-as-filed.pdf` } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const def = definitionFor(filing.formType);
  const answers = (filing.answers && typeof filing.answers === "object" && !Array.isArray(filing.answers) ? filing.answers : {}) as Answers;
  const labels = new Map(def?.documents.map((rule) => [rule.id, filingText(rule.label, RECORD_READER)]) ?? []);
  return {
    formType: filing.formType,
    formTitle: def ? filingText(def.title, RECORD_READER) : filing.formType,
    confirmationNumber: filing.confirmationNumber ?? "",
    submittedAt: filing.submittedAt ?? new Date(0),
    feeCents: filing.feeCents ?? 0,
    feeRule: filing.feeRule,
    parts: def ? answersByPart(def, answers) : [],
    filedFormDocumentId: filedForm?.id ?? null,
    documents: filing.documents.map((document) => ({
      kind: document.kind,
      kindLabel: labels.get(document.kind) ?? document.kind,
      name: document.name,
      size: document.size,
      documentId: caseDocuments.find((c) => c.storageKey === document.storageKey)?.id ?? null,
    })),
    payments: filing.payments,
    signature: {
      name: filing.signatureName,
      signedAt: filing.signedAt,
      address: filing.signatureAddress,
      userAgent: filing.signatureUserAgent,
    },
  };
}

/** Online filings no officer has acted on yet: the case still has its first status. Oldest first. */
export function newOnlineFilingsWhere() {
  return { status: "SUBMITTED" as const, case: { is: { status: FIRST_ONLINE_STATUS } } };
}

export type FilingListItem = {
  formType: string;
  confirmationNumber: string;
  submittedAt: Date;
  feeCents: number;
  ownerEmail: string;
  receiptNumber: string | null;
  applicantName: string | null;
  status: string | null;
};

/** Submitted filings, newest first (the agency command's list-filings). */
export async function listOnlineFilings(options: { formType?: string; limit: number }): Promise<FilingListItem[]> {
  const rows = await db().filing.findMany({
    where: { status: "SUBMITTED", ...(options.formType ? { formType: options.formType } : {}) },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: options.limit,
    select: {
      formType: true,
      confirmationNumber: true,
      submittedAt: true,
      feeCents: true,
      owner: { select: { email: true } },
      case: { select: { receiptNumber: true, applicantName: true, status: true } },
    },
  });
  return rows.map((row) => ({
    formType: row.formType,
    confirmationNumber: row.confirmationNumber ?? "",
    submittedAt: row.submittedAt ?? new Date(0),
    feeCents: row.feeCents ?? 0,
    ownerEmail: row.owner.email,
    receiptNumber: row.case?.receiptNumber ?? null,
    applicantName: row.case?.applicantName ?? null,
    status: row.case?.status ?? null,
  }));
}
