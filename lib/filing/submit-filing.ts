import { msg } from "@/lib/i18n/message-ref";
import { filingText, RECORD_READER } from "./engine/localize";
import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "../db";
import { env } from "../env";
import { personTimeZone } from "../i18n/person-reader";
import { isId } from "../ids";
import { alertCaseOwner } from "../notify/case-alert";
import { REPRESENTATION_STARTED_TITLE } from "../representation/representation-texts";
import { storeThenRecord } from "../storage/store-then-record";
import type { Answers, FormDefinition } from "./definition";
import { definitionFor } from "./definitions";
import { answersByPart } from "./engine/answers-by-part";
import { missingForSubmission } from "./engine/readiness";
import { applyAddressChange, newAddressOf } from "./address-change";
import { filedFormFileName, renderFiledFormPdf } from "./filed-form-pdf";
import { FIRST_ONLINE_STATUS } from "./first-status";
import { isUniqueViolation, newConfirmationNumber, newOnlineReceiptNumber } from "./receipt-numbers";
import { signatureMatches } from "./signature-match";

// Submitting a filing: everything happens in one transaction that starts by claiming the draft with
// a conditional update (DRAFT -> SUBMITTED, and only if it is still the version that was checked),
// so a second call, concurrent or later, finds nothing to claim and creates nothing. The checks run
// first on the draft as read (signature, every required answer and document, the fee paid); the
// filed form's PDF is drawn from that same version and stored before the transaction, and removed
// again if the transaction does not happen (store-then-record).

export type SubmitFilingResult =
  | { ok: true; caseId: string | null; confirmationNumber: string; receiptNumber: string | null }
  | { ok: false; code: "already_submitted" | "not_ready" | "not_found"; message: string };

type Refusal = Extract<SubmitFilingResult, { ok: false }>;

const NOT_FOUND: Refusal = { ok: false, code: "not_found", message: msg("filing.errors.filingNotFound") };
const ALREADY_SUBMITTED: Refusal = {
  ok: false,
  code: "already_submitted",
  message: msg("filing.errors.filingAlreadySubmitted"),
};
const notReady = (message: string): Refusal => ({ ok: false, code: "not_ready", message });

/** Numbers clash or the draft changed under us: draw again, read again. Rare; bounded. */
const MAX_ATTEMPTS = 8;
const TRANSACTION = { maxWait: 20_000, timeout: 30_000 } as const;

const SNAPSHOT = {
  id: true,
  ownerId: true,
  formType: true,
  status: true,
  answers: true,
  updatedAt: true,
  signatureName: true,
  signedAt: true,
  signatureAddress: true,
  signatureUserAgent: true,
  clientEmail: true,
  clientName: true,
  clientId: true,
  clientReview: true,
  g28SignedAt: true,
  documents: { select: { kind: true } },
  owner: { select: { timeZone: true } },
  client: { select: { timeZone: true } },
} as const;

type Snapshot = {
  id: string;
  ownerId: string;
  /** Whose case it becomes: the owner's, or (a form prepared by a representative) the client's. */
  applicantId: string;
  /** A form prepared for a client: the representative the signed G-28 names, and the client's name. */
  representation: { representativeId: string; clientName: string } | null;
  formType: string;
  updatedAt: Date;
  answers: Answers;
  /** The signer's own time zone (the client's, for a form prepared for one) dates the signature. */
  signature: { name: string; signedAt: Date; address: string | null; userAgent: string | null; timeZone: string };
};

/** Thrown inside the transaction to undo the claim and answer with a refusal. */
class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

/** The changed-under-us signal from inside the transaction: read the draft again. */
const CHANGED = { ok: false as const, changed: true as const };

/**
 * Submits a signed draft: for a form that makes a case, the case with its IOE receipt number,
 * first status, receipt notice, the filed form's PDF and the uploaded documents, and the case
 * alert; for a change of address, the address on the account and on every pending case. A form
 * with a fee needs `payment`, a PAID payment of this filing for exactly the fee the answers call for.
 */
export async function submitFiling(filingId: string, payment: { paymentId: string } | null, now = new Date()): Promise<SubmitFilingResult> {
  if (!isId(filingId)) return NOT_FOUND;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const row = await db().filing.findUnique({ where: { id: filingId.toLowerCase() }, select: SNAPSHOT });
    if (!row) return NOT_FOUND;
    if (row.status === "SUBMITTED") return ALREADY_SUBMITTED;
    const def = definitionFor(row.formType);
    if (!def) return notReady(msg("filing.errors.noLongerOnline"));
    // A form prepared for a client: only once the client signed it and the G-28 in their own account.
    const forClient = row.clientEmail !== null;
    if (forClient && (row.clientReview !== "SIGNED" || !row.clientId || !row.g28SignedAt))
      return notReady(msg("filing.errors.clientNotSigned"));
    if (!row.signatureName || !row.signedAt) return notReady(msg("filing.errors.signFirst"));
    const answers = answersOf(row.answers);
    if (!signatureMatches(row.signatureName, def.signerName(answers))) return notReady(msg("filing.errors.signatureNoLongerMatches"));
    const missing = missingForSubmission(
      def,
      answers,
      row.documents.map((d) => d.kind),
      now,
    );
    if (missing.length > 0) return notReady(missingMessage(missing));
    const fee = await paidFee(def, answers, row.id, payment, now);
    if (!fee.ok) return fee;
    const snapshot: Snapshot = {
      id: row.id,
      ownerId: row.ownerId,
      applicantId: forClient ? row.clientId! : row.ownerId,
      representation: forClient ? { representativeId: row.ownerId, clientName: row.clientName ?? "" } : null,
      formType: def.id,
      updatedAt: row.updatedAt,
      answers,
      signature: {
        name: row.signatureName,
        signedAt: row.signedAt,
        address: row.signatureAddress,
        userAgent: row.signatureUserAgent,
        timeZone: personTimeZone((forClient ? row.client : row.owner)?.timeZone),
      },
    };
    try {
      const result =
        def.outcome === "case" ? await submitCase(def, snapshot, fee, now) : await submitAddressChange(def, snapshot, fee, now);
      if (result.ok)
        return { ok: true, caseId: result.caseId, confirmationNumber: result.confirmationNumber, receiptNumber: result.receiptNumber };
    } catch (error) {
      if (error instanceof Refused) return error.refusal;
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error("Could not submit the filing: its numbers kept clashing or it kept changing.");
}

function answersOf(value: unknown): Answers {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Answers) : {};
}

function missingMessage(missing: { message: string }[]): string {
  const [first, ...rest] = missing;
  return rest.length === 0
    ? msg("filing.errors.oneMissing", { first: first.message })
    : msg("filing.errors.severalMissing", { count: missing.length, first: first.message });
}

type PaidFee = { ok: true; cents: number; rule: string };

async function paidFee(
  def: FormDefinition,
  answers: Answers,
  filingId: string,
  payment: { paymentId: string } | null,
  now: Date,
): Promise<PaidFee | Refusal> {
  const row =
    payment && isId(payment.paymentId)
      ? await db().payment.findFirst({
          where: { id: payment.paymentId.toLowerCase(), filingId },
          select: { status: true, amountCents: true, createdAt: true },
        })
      : null;
  // The fee in force when the payment was started (the amount it was started for), else today's.
  const fee = def.fee(answers, row?.createdAt ?? now);
  if (fee.onlineCents === 0) return { ok: true, cents: 0, rule: fee.rule };
  if (!row || row.status !== "PAID") return notReady(msg("filing.errors.feeNotPaid"));
  if (row.amountCents !== fee.onlineCents) return notReady(msg("filing.errors.amountMismatch"));
  return { ok: true, cents: fee.onlineCents, rule: fee.rule };
}

/** Claims the draft: only the version that was checked, and only once. */
async function claim(tx: Tx, snapshot: Snapshot, data: { confirmationNumber: string; fee: PaidFee; now: Date }): Promise<boolean> {
  const claimed = await tx.filing.updateMany({
    where: {
      id: snapshot.id,
      status: "DRAFT",
      updatedAt: snapshot.updatedAt,
      ...(snapshot.representation ? { clientReview: "SIGNED" as const, clientId: snapshot.applicantId } : {}),
    },
    data: {
      status: "SUBMITTED",
      submittedAt: data.now,
      confirmationNumber: data.confirmationNumber,
      feeCents: data.fee.cents,
      feeRule: data.fee.rule,
      expiryWarnedAt: null,
    },
  });
  return claimed.count === 1;
}

/** The documents as the transaction sees them, checked once more against the rules. */
async function documentsStillComplete(tx: Tx, def: FormDefinition, snapshot: Snapshot, now: Date) {
  const documents = await tx.filingDocument.findMany({
    where: { filingId: snapshot.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { kind: true, name: true, contentType: true, size: true, storageKey: true, sha256: true },
  });
  const missing = missingForSubmission(
    def,
    snapshot.answers,
    documents.map((d) => d.kind),
    now,
  );
  if (missing.length > 0) throw new Refused(notReady(missingMessage(missing)));
  return documents;
}

type Submitted = { ok: true; caseId: string | null; confirmationNumber: string; receiptNumber: string | null };

async function submitCase(def: FormDefinition, snapshot: Snapshot, fee: PaidFee, now: Date): Promise<Submitted | typeof CHANGED> {
  const receiptNumber = newOnlineReceiptNumber(now);
  const confirmationNumber = newConfirmationNumber(def.id);
  const bytes = Buffer.from(
    await renderFiledFormPdf(
      {
        formType: def.id,
        formTitle: filingText(def.title, RECORD_READER),
        receiptNumber,
        confirmationNumber,
        submittedAt: now,
        parts: answersByPart(def, snapshot.answers),
        certification: filingText(def.certification, RECORD_READER),
        signature: snapshot.signature,
        feeCents: fee.cents,
      },
      { agencyName: env().AGENCY_NAME },
    ),
  );
  const filedForm = { bytes, type: { contentType: "application/pdf" } };
  return storeThenRecord([filedForm], ([stored]) =>
    db().$transaction(async (tx) => {
      if (!(await claim(tx, snapshot, { confirmationNumber, fee, now }))) return CHANGED;
      const documents = await documentsStillComplete(tx, def, snapshot, now);
      const created = await tx.case.create({
        data: {
          receiptNumber,
          formType: def.id,
          applicantName: def.signerName(snapshot.answers).trim().replace(/\s+/g, " ").slice(0, 120),
          ownerId: snapshot.applicantId,
          status: FIRST_ONLINE_STATUS,
          statusChangedAt: now,
          submittedAt: now,
          linkedAt: now,
          mailingAddress: newAddressOf(def, snapshot.answers)?.lines ?? null,
        },
        select: { id: true },
      });
      await tx.filing.update({ where: { id: snapshot.id }, data: { caseId: created.id } });
      await tx.caseEvent.create({ data: { caseId: created.id, kind: "STATUS", status: FIRST_ONLINE_STATUS, at: now } });
      await tx.notice.create({ data: { caseId: created.id, kind: "RECEIPT", issuedAt: now } });
      // The uploads stay the filing's record (with their kind) and become documents of the case;
      // both rows name the same stored bytes, which nothing removes once the filing is submitted.
      for (const document of documents) {
        const { kind: _kind, ...fields } = document;
        await tx.document.create({ data: { caseId: created.id, uploaderId: snapshot.ownerId, createdAt: now, ...fields } });
      }
      await tx.document.create({
        data: {
          caseId: created.id,
          // No uploader: the portal drew it.
          uploaderId: null,
          name: filedFormFileName(def.id, receiptNumber, confirmationNumber),
          contentType: "application/pdf",
          size: stored.bytes.length,
          storageKey: stored.storageKey,
          sha256: createHash("sha256").update(stored.bytes).digest("hex"),
          createdAt: now,
        },
      });
      if (snapshot.representation) {
        // The G-28 the client signed with the form: the representative reaches the case from now on.
        await tx.representation.create({
          data: {
            caseId: created.id,
            representativeId: snapshot.representation.representativeId,
            clientId: snapshot.applicantId,
            source: "ONLINE",
            filingId: snapshot.id,
            startedAt: now,
          },
        });
        // A millisecond after the receipt: history orders entries by time, and a tie would leave the
        // two in no set order.
        await tx.caseEvent.create({
          data: {
            caseId: created.id,
            kind: "REPRESENTATION_STARTED",
            status: REPRESENTATION_STARTED_TITLE,
            at: new Date(now.getTime() + 1),
          },
        });
      }
      // The receipt alert to the client; the representative the G-28 names gets the courtesy copy.
      await alertCaseOwner(tx, created.id, "case-update");
      return { ok: true as const, caseId: created.id, confirmationNumber, receiptNumber };
    }, TRANSACTION),
  );
}

async function submitAddressChange(def: FormDefinition, snapshot: Snapshot, fee: PaidFee, now: Date): Promise<Submitted | typeof CHANGED> {
  const address = newAddressOf(def, snapshot.answers);
  if (!address) return notReadyThrow(msg("filing.errors.newAddressMissing"));
  const confirmationNumber = newConfirmationNumber(def.id);
  return db().$transaction(async (tx) => {
    if (!(await claim(tx, snapshot, { confirmationNumber, fee, now }))) return CHANGED;
    await documentsStillComplete(tx, def, snapshot, now);
    await applyAddressChange(tx, {
      ownerId: snapshot.applicantId,
      address,
      confirmationNumber,
      fullName: def.signerName(snapshot.answers),
      now,
    });
    return { ok: true as const, caseId: null, confirmationNumber, receiptNumber: null };
  }, TRANSACTION);
}

function notReadyThrow(message: string): never {
  throw new Refused(notReady(message));
}
