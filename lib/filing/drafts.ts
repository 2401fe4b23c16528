import { msg } from "@/lib/i18n/message-ref";
import { filingText, RECORD_READER } from "./engine/localize";
import "server-only";
import { z } from "zod";
import { zField, zFreeText, type FormFields } from "../actions/form-input";
import type { Actor } from "../auth/roles";
import { db, type Tx } from "../db";
import type { RequestInfo } from "../http/request-info";
import { isId } from "../ids";
import { fail, invalid, type ActionResult } from "../result";
import { closeOpenCheckouts, paymentBlocksChange } from "../payments/open-checkouts";
import { removeStoredFile } from "../storage/remove-stored-file";
import type { Answers, AnswerValue, FormDefinition } from "./definition";
import { createDraftWithinLimit } from "./draft-limit";
import { definitionFor } from "./definitions";
import { nextPageId, pageById, visiblePages } from "./engine/flow";
import { parsePage } from "./engine/parse-page";
import { missingForSubmission } from "./engine/readiness";
import { signatureMatches } from "./signature-match";

// A person's online filings while they fill them in: started from the catalogue, saved page by
// page on Continue (each save one transaction on the locked row), signed, and deleted on request.
// Every operation finds the filing by id AND owner: a malformed id, another person's filing and a
// missing one are the same "not found", and nothing changes. A submitted filing is never changed.

/** How many unfinished forms one account may keep at once. */
export const MAX_DRAFTS = 20;

export const DRAFT_NOT_FOUND = () => fail("not_found", msg("filing.errors.draftNotFound"));
export const ALREADY_SUBMITTED = () => fail("already_submitted", msg("filing.errors.alreadySubmitted"));

export type DraftDocument = { id: string; kind: string; name: string; contentType: string; size: number; createdAt: Date };

export type Draft = {
  id: string;
  formType: string;
  def: FormDefinition;
  status: "DRAFT" | "SUBMITTED";
  answers: Answers;
  savedPages: string[];
  lastSavedAt: Date;
  signature: { name: string; signedAt: Date } | null;
  documents: DraftDocument[];
  submittedAt: Date | null;
  confirmationNumber: string | null;
  feeCents: number | null;
  caseId: string | null;
  /** A form a representative prepares for a client: who, and where the client's review stands. */
  client: {
    name: string;
    email: string;
    review: "SENT" | "CHANGES_REQUESTED" | "SIGNED" | "DECLINED" | null;
    note: string | null;
    sentAt: Date | null;
    expiresAt: Date | null;
  } | null;
};

/** Answers as stored (a JSON column): only strings and arrays of strings are kept. */
export function storedAnswers(value: unknown): Answers {
  const answers: Record<string, AnswerValue> = {};
  if (!value || typeof value !== "object" || Array.isArray(value)) return answers;
  for (const [key, answer] of Object.entries(value)) {
    if (typeof answer === "string") answers[key] = answer;
    else if (Array.isArray(answer)) answers[key] = answer.filter((item): item is string => typeof item === "string");
  }
  return answers;
}

const DRAFT_SELECT = {
  id: true,
  formType: true,
  status: true,
  answers: true,
  savedPages: true,
  lastSavedAt: true,
  signatureName: true,
  signedAt: true,
  submittedAt: true,
  confirmationNumber: true,
  feeCents: true,
  caseId: true,
  clientName: true,
  clientEmail: true,
  clientReview: true,
  clientReviewNote: true,
  invitationSentAt: true,
  invitationExpiresAt: true,
  documents: {
    select: { id: true, kind: true, name: true, contentType: true, size: true, createdAt: true },
    orderBy: { createdAt: "asc" as const },
  },
};

/** The owner's filing (draft or submitted), or null for a malformed id, another person's or a missing one. */
export async function draftForOwner(actor: Pick<Actor, "id">, filingId: unknown): Promise<Draft | null> {
  if (!isId(filingId)) return null;
  const row = await db().filing.findFirst({ where: { id: filingId.toLowerCase(), ownerId: actor.id }, select: DRAFT_SELECT });
  if (!row) return null;
  const def = definitionFor(row.formType);
  if (!def) return null;
  return {
    id: row.id,
    formType: def.id,
    def,
    status: row.status,
    answers: storedAnswers(row.answers),
    savedPages: row.savedPages,
    lastSavedAt: row.lastSavedAt,
    signature: row.signatureName && row.signedAt ? { name: row.signatureName, signedAt: row.signedAt } : null,
    documents: row.documents,
    submittedAt: row.submittedAt,
    confirmationNumber: row.confirmationNumber,
    feeCents: row.feeCents,
    caseId: row.caseId,
    client:
      row.clientEmail === null
        ? null
        : {
            name: row.clientName ?? "",
            email: row.clientEmail,
            review: row.clientReview,
            note: row.clientReviewNote,
            sentAt: row.invitationSentAt,
            expiresAt: row.invitationExpiresAt,
          },
  };
}

export const ONLY_APPLICANTS_FILE = msg("filing.errors.onlyApplicants");

export const zStartDraft = z.object({ formType: zField() });
export type StartDraftInput = z.output<typeof zStartDraft>;

/** A new, empty draft of one of the forms in the catalogue. */
export async function startDraft(actor: Actor, input: StartDraftInput, now = new Date()): Promise<ActionResult<{ filingId: string }>> {
  // A representative files only for a client (client-review.ts startClientDraft), never as the
  // applicant of a case of their own; an officer files nothing.
  if (actor.role !== "APPLICANT") return fail("not_allowed", ONLY_APPLICANTS_FILE);
  const def = definitionFor(input.formType);
  if (!def) return fail("not_found", msg("filing.errors.formNotOnline"));
  const data = { ownerId: actor.id, formType: def.id, lastSavedAt: now };
  return createDraftWithinLimit(data, MAX_DRAFTS, msg("filing.errors.tooManyDrafts", { max: MAX_DRAFTS }));
}

export type DraftSummary = { id: string; formType: string; title: string; lastSavedAt: Date };

/** The owner's unfinished forms, most recently saved first. */
export async function listDrafts(actor: Pick<Actor, "id">): Promise<DraftSummary[]> {
  const rows = await db().filing.findMany({
    where: { ownerId: actor.id, status: "DRAFT", clientEmail: null },
    orderBy: { lastSavedAt: "desc" },
    select: { id: true, formType: true, lastSavedAt: true },
  });
  return rows.map(draftSummary);
}

export function draftSummary(row: { id: string; formType: string; lastSavedAt: Date }): DraftSummary {
  return {
    id: row.id,
    formType: row.formType,
    // In English (the definition's title is a msg() reference); dashboardFilings gives the reader's language.
    title: englishTitle(row.formType),
    lastSavedAt: row.lastSavedAt,
  };
}

function englishTitle(formType: string): string {
  const def = definitionFor(formType);
  return def ? filingText(def.title, RECORD_READER) : formType;
}

type LockedFiling = {
  id: string;
  formType: string;
  status: "DRAFT" | "SUBMITTED";
  answers: unknown;
  savedPages: string[];
  clientEmail: string | null;
  clientReview: "SENT" | "CHANGES_REQUESTED" | "SIGNED" | "DECLINED" | null;
};

/** A form prepared for a client is frozen while the client has it: sent, signed or declined. */
export const IN_CLIENT_REVIEW = () => fail("not_allowed", msg("filing.errors.withClient"));

/** True while the owner may change the draft: any applicant's own; a client's form while being prepared or sent back for changes. */
export function ownerMayEdit(filing: Pick<LockedFiling, "clientEmail" | "clientReview">): boolean {
  return filing.clientEmail === null || filing.clientReview === null || filing.clientReview === "CHANGES_REQUESTED";
}

/**
 * The owner's filing, locked for the rest of the transaction so two saves (two tabs, a double
 * click) happen one after the other and neither loses the other's answers.
 */
export async function lockOwnedFiling(tx: Tx, ownerId: string, filingId: string): Promise<LockedFiling | null> {
  const rows = await tx.$queryRaw<LockedFiling[]>`
    SELECT id, "formType", status::text AS status, answers, "savedPages", "clientEmail", "clientReview"::text AS "clientReview"
    FROM "Filing" WHERE id = ${filingId}::uuid AND "ownerId" = ${ownerId}::uuid
    FOR UPDATE`;
  return rows[0] ?? null;
}

/** What changing a draft does to its signature: any change after signing means signing again. */
export const UNSIGNED = { signatureName: null, signedAt: null, signatureAddress: null, signatureUserAgent: null } as const;

/** What was typed, to show again with the errors: by field name, several choices on lines of their own. */
function echoed(values: Record<string, AnswerValue>): Record<string, string> {
  // Option values never hold a line break, so a list of choices survives the trip as one string.
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, Array.isArray(value) ? value.join("\n") : value]));
}

export type SavedPage = { nextPageId: string | null; nextPageSaved: boolean };

/**
 * Continue on one page of questions: the page's answers are checked, then merged into the draft
 * in one transaction (answers to pages no longer shown dropped by the engine). A wrong answer
 * saves nothing and gives back everything typed.
 */
export async function saveDraftPage(
  actor: Pick<Actor, "id">,
  filingId: unknown,
  pageId: unknown,
  fields: FormFields | Record<string, unknown>,
  now = new Date(),
): Promise<ActionResult<SavedPage>> {
  if (!isId(filingId) || typeof pageId !== "string") return DRAFT_NOT_FOUND();
  const id = filingId.toLowerCase();
  const paid = await closeOpenCheckouts(actor.id, id);
  if (paid) return paid;
  return db().$transaction(async (tx) => {
    const filing = await lockOwnedFiling(tx, actor.id, id);
    if (!filing) return DRAFT_NOT_FOUND();
    if (filing.status !== "DRAFT") return ALREADY_SUBMITTED();
    if (!ownerMayEdit(filing)) return IN_CLIENT_REVIEW();
    const underWay = await paymentBlocksChange(tx, id);
    if (underWay) return underWay;
    const def = definitionFor(filing.formType);
    const saved = storedAnswers(filing.answers);
    const page = def ? pageById(def, pageId) : null;
    if (!def || !page || !visiblePages(def, saved).some((p) => p.id === page.id)) {
      return fail("not_found", msg("filing.errors.pageNotInForm"));
    }
    const parsed = parsePage(def, page.id, fields, saved, now);
    if (!parsed.ok) return invalid(parsed.errors, echoed(parsed.values));
    const stillShown = new Set(visiblePages(def, parsed.answers).map((p) => p.id));
    const savedPages = [...new Set([...filing.savedPages, page.id])].filter((p) => stillShown.has(p));
    await tx.filing.update({
      where: { id },
      data: { answers: parsed.answers, savedPages, lastSavedAt: now, expiryWarnedAt: null, ...UNSIGNED },
    });
    const next = nextPageId(def, parsed.answers, page.id);
    return { ok: true, nextPageId: next, nextPageSaved: next !== null && savedPages.includes(next) };
  });
}

/**
 * Deletes a draft, locked, with its documents and its failed payment attempts. A payment still open
 * or made is never deleted with it: the database refuses (Payment's foreign key restricts).
 */
export async function deleteUnpaidFiling(tx: Tx, filingId: string): Promise<void> {
  await tx.payment.deleteMany({ where: { filingId, status: "FAILED" } });
  await tx.filing.delete({ where: { id: filingId } });
}

export const zDraftRef = z.object({ filingId: zField() });
export type DraftRefInput = z.output<typeof zDraftRef>;

/** Deletes an unfinished form with its uploaded documents. A submitted filing is kept. */
export async function deleteDraft(actor: Pick<Actor, "id">, input: DraftRefInput): Promise<ActionResult<{ title: string }>> {
  if (!isId(input.filingId)) return DRAFT_NOT_FOUND();
  const id = input.filingId.toLowerCase();
  const paid = await closeOpenCheckouts(actor.id, id);
  if (paid) return paid;
  const outcome = await db().$transaction(async (tx) => {
    const filing = await lockOwnedFiling(tx, actor.id, id);
    if (!filing) return DRAFT_NOT_FOUND();
    if (filing.status !== "DRAFT") return fail("already_submitted", msg("filing.errors.submittedNotDeleted"));
    const underWay = await paymentBlocksChange(tx, id);
    if (underWay) return underWay;
    const documents = await tx.filingDocument.findMany({ where: { filingId: id }, select: { storageKey: true } });
    await deleteUnpaidFiling(tx, id);
    return { ok: true as const, formType: filing.formType, storageKeys: documents.map((d) => d.storageKey) };
  });
  if (!outcome.ok) return outcome;
  for (const key of outcome.storageKeys) await removeStoredFile(key);
  const def = definitionFor(outcome.formType);
  return { ok: true, title: def ? `${def.id}, ${filingText(def.title, RECORD_READER)}` : outcome.formType };
}

export const zSignDraft = z.object({
  filingId: zField(),
  fullName: zFreeText({
    max: 200,
    oneLine: true,
    required: msg("filing.errors.fullNameRequired"),
    tooLong: msg("filing.errors.fullNameTooLong"),
  }),
  certify: z.preprocess((v) => (v === "yes" ? "yes" : ""), z.string().min(1, msg("filing.errors.certifyRequired"))),
  version: zField(),
});
export type SignDraftInput = z.output<typeof zSignDraft>;

/** Which saved state of a draft the sign page showed: every change to answers or documents moves lastSavedAt. */
export const draftVersion = (lastSavedAt: Date) => lastSavedAt.toISOString();

/**
 * The electronic signature: only when nothing required is missing, with the full name as the form
 * gives it; records when, from which address and with which browser. Returns the fee in force now
 * (computed here, never taken from the browser) so the caller knows whether payment comes next.
 */
export async function signDraft(
  actor: Pick<Actor, "id">,
  input: SignDraftInput,
  request: RequestInfo,
  now = new Date(),
): Promise<ActionResult<{ filingId: string; feeCents: number }>> {
  if (!isId(input.filingId)) return DRAFT_NOT_FOUND();
  const id = input.filingId.toLowerCase();
  return db().$transaction(async (tx) => {
    const filing = await lockOwnedFiling(tx, actor.id, id);
    if (!filing) return DRAFT_NOT_FOUND();
    if (filing.status !== "DRAFT") return ALREADY_SUBMITTED();
    // A form prepared for a client is signed by the client, in their own account, never here.
    if (filing.clientEmail !== null) return fail("not_allowed", msg("filing.errors.clientSigns"));
    // Changed since the page was opened (say, in another tab): sign only what the page showed.
    const { lastSavedAt } = await tx.filing.findUniqueOrThrow({ where: { id }, select: { lastSavedAt: true } });
    if (input.version !== draftVersion(lastSavedAt)) {
      return fail("not_allowed", msg("filing.errors.changedSinceOpened"), { values: { fullName: input.fullName } });
    }
    const def = definitionFor(filing.formType);
    if (!def) return DRAFT_NOT_FOUND();
    const answers = storedAnswers(filing.answers);
    const documents = await tx.filingDocument.findMany({ where: { filingId: id }, select: { kind: true } });
    const missing = missingForSubmission(
      def,
      answers,
      documents.map((d) => d.kind),
    );
    if (missing.length > 0) {
      return fail("not_ready", msg("filing.errors.notReadyToSign"));
    }
    const expected = def.signerName(answers);
    if (!signatureMatches(input.fullName, expected)) {
      return invalid(
        { fullName: msg("filing.errors.signatureMismatch", { expected }) },
        { fullName: input.fullName, certify: input.certify },
      );
    }
    const fee = def.fee(answers, now);
    await tx.filing.update({
      where: { id },
      data: {
        signatureName: input.fullName.trim().replace(/\s+/g, " "),
        signedAt: now,
        signatureAddress: request.ip,
        signatureUserAgent: request.userAgent?.slice(0, 512) ?? null,
        feeCents: fee.onlineCents,
        feeRule: fee.rule,
      },
    });
    return { ok: true, filingId: id, feeCents: fee.onlineCents };
  });
}
