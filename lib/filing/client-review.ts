import "server-only";
import { z } from "zod";
import { zField, zFreeText } from "../actions/form-input";
import type { Actor } from "../auth/roles";
import { isLinkToken, keyedHash, randomToken } from "../crypto/tokens";
import { db, type Tx } from "../db";
import { env } from "../env";
import type { RequestInfo } from "../http/request-info";
import { msg } from "../i18n/message-ref";
import { isId } from "../ids";
import { enqueueEmail } from "../notify/enqueue";
import { fail, invalid, type ActionResult } from "../result";
import type { Answers, FormDefinition } from "./definition";
import { definitionFor } from "./definitions";
import { missingForSubmission } from "./engine/readiness";
import { DRAFT_NOT_FOUND, MAX_DRAFTS, storedAnswers, UNSIGNED, type DraftDocument } from "./drafts";
import { createDraftWithinLimit } from "./draft-limit";
import { refuseTooManyInvitations } from "./invitation-rate-limit";
import { signatureMatches } from "./signature-match";

// A form a representative prepares for a client. The representative owns the draft (ownerId) and
// fills it in on the same pages an applicant uses; "Send to client" emails a single-use, expiring
// link; the client opens it signed in to THEIR OWN account (which claims the filing: clientId), reads
// every answer and the G-28, and signs both there, asks for changes, or declines. Only then may the
// representative pay and submit. The representative never signs for the client.
//
// clientReview: null (being prepared) -> SENT -> CHANGES_REQUESTED -> (edited) -> SENT -> SIGNED or
// DECLINED. Every step is one transaction on the locked row; a refused step changes nothing.

/** How long an invitation link works. */
export const INVITATION_DAYS = 14;
const TOKEN_PURPOSE = "client-invitation";
const NOTE_MAX = 2000;

// msg() references: the action chain words them in the reader's language.
export const CLIENT_REVIEW_TEXT = {
  notFound: msg("clientReview.errors.notFound"),
  notComplete: msg("clientReview.errors.notComplete"),
  notSendable: {
    SIGNED: msg("clientReview.errors.alreadySigned"),
    DECLINED: msg("clientReview.errors.alreadyDeclined"),
  },
  invitationInvalid: msg("clientReview.errors.invitationInvalid"),
  invitationExpired: msg("clientReview.errors.invitationExpired"),
  wrongAccount: msg("clientReview.errors.wrongAccount"),
  reviewClosed: msg("clientReview.errors.reviewClosed"),
} as const;

export type ClientReviewStatus = "SENT" | "CHANGES_REQUESTED" | "SIGNED" | "DECLINED";

export function invitationHash(token: string): string {
  return keyedHash(token, TOKEN_PURPOSE);
}

export function invitationUrl(token: string): string {
  return new URL(`/invitation?token=${token}`, env().APP_URL).toString();
}

// ---------------------------------------------------------------------------------------------
// The representative's side.

const zClientName = zFreeText({
  max: 120,
  oneLine: true,
  required: msg("clientReview.errors.clientNameRequired"),
  tooLong: msg("clientReview.errors.clientNameTooLong", { max: 120 }),
});
const zClientEmail = zField().pipe(
  z
    .string()
    .trim()
    .min(1, msg("clientReview.errors.clientEmailRequired"))
    .max(254, msg("clientReview.errors.clientEmailTooLong", { max: 254 }))
    .pipe(z.email({ error: msg("clientReview.errors.clientEmailFormat") }))
    .transform((email) => email.toLowerCase()),
);

export const zStartClientDraft = z.object({ formType: zField(), clientName: zClientName, clientEmail: zClientEmail });
export type StartClientDraftInput = z.output<typeof zStartClientDraft>;

/** A new, empty draft of a form in the catalogue, prepared for a client named by name and email. */
export async function startClientDraft(
  actor: Actor,
  input: StartClientDraftInput,
  now = new Date(),
): Promise<ActionResult<{ filingId: string }>> {
  if (actor.role !== "REPRESENTATIVE") return fail("not_allowed", msg("clientReview.errors.onlyRepresentatives"));
  const def = definitionFor(input.formType);
  if (!def)
    return invalid({ formType: msg("clientReview.errors.formType") }, { clientName: input.clientName, clientEmail: input.clientEmail });
  const data = { ownerId: actor.id, formType: def.id, lastSavedAt: now, clientName: input.clientName, clientEmail: input.clientEmail };
  return createDraftWithinLimit(data, MAX_DRAFTS, msg("clientReview.errors.tooManyDrafts", { max: MAX_DRAFTS }));
}

export type ClientDraftSummary = {
  id: string;
  formType: string;
  title: string;
  clientName: string;
  clientEmail: string;
  review: ClientReviewStatus | null;
  status: "DRAFT" | "SUBMITTED";
  lastSavedAt: Date;
};

/** The representative's forms for clients, unfinished first, then the most recently saved. */
export async function listClientDrafts(actor: Pick<Actor, "id">): Promise<ClientDraftSummary[]> {
  const rows = await db().filing.findMany({
    where: { ownerId: actor.id, clientEmail: { not: null } },
    orderBy: [{ status: "asc" }, { lastSavedAt: "desc" }],
    select: { id: true, formType: true, clientName: true, clientEmail: true, clientReview: true, status: true, lastSavedAt: true },
    take: 200,
  });
  return rows.map((row) => ({
    id: row.id,
    formType: row.formType,
    title: definitionFor(row.formType)?.title ?? row.formType,
    clientName: row.clientName ?? "",
    clientEmail: row.clientEmail ?? "",
    review: row.clientReview,
    status: row.status,
    lastSavedAt: row.lastSavedAt,
  }));
}

type LockedClientFiling = {
  id: string;
  ownerId: string;
  formType: string;
  status: "DRAFT" | "SUBMITTED";
  answers: unknown;
  clientName: string | null;
  clientEmail: string | null;
  clientId: string | null;
  clientReview: ClientReviewStatus | null;
  invitationExpiresAt: Date | null;
  invitationSentAt: Date | null;
};

async function lockClientFiling(tx: Tx, where: { ownerId?: string; clientId?: string }, filingId: string) {
  const rows = await tx.$queryRaw<LockedClientFiling[]>`
    SELECT id, "ownerId", "formType", status::text AS status, answers, "clientName", "clientEmail", "clientId",
           "clientReview"::text AS "clientReview", "invitationExpiresAt", "invitationSentAt"
    FROM "Filing" WHERE id = ${filingId}::uuid AND "clientEmail" IS NOT NULL
    FOR UPDATE`;
  const row = rows[0];
  if (!row) return null;
  if (where.ownerId !== undefined && row.ownerId !== where.ownerId) return null;
  if (where.clientId !== undefined && row.clientId !== where.clientId) return null;
  return row;
}

export const zClientFilingRef = z.object({ filingId: zField() });
export type ClientFilingRefInput = z.output<typeof zClientFilingRef>;

/**
 * "Send to client for review" (and "Send again"): only a complete draft, never one already signed
 * or declined. A new link replaces any earlier one; whatever was signed before is void.
 */
export async function sendForClientReview(
  actor: Pick<Actor, "id">,
  input: ClientFilingRefInput,
  now = new Date(),
): Promise<ActionResult<{ sentTo: string }>> {
  if (!isId(input.filingId)) return DRAFT_NOT_FOUND();
  const id = input.filingId.toLowerCase();
  return db().$transaction(async (tx) => {
    const filing = await lockClientFiling(tx, { ownerId: actor.id }, id);
    if (!filing || !filing.clientEmail) return DRAFT_NOT_FOUND();
    if (filing.status !== "DRAFT") return fail("already_submitted", msg("clientReview.errors.alreadySubmitted"));
    if (filing.clientReview === "SIGNED" || filing.clientReview === "DECLINED") {
      return fail("not_allowed", CLIENT_REVIEW_TEXT.notSendable[filing.clientReview]);
    }
    const def = definitionFor(filing.formType);
    if (!def) return DRAFT_NOT_FOUND();
    const documents = await tx.filingDocument.findMany({ where: { filingId: id }, select: { kind: true } });
    const missing = missingForSubmission(
      def,
      storedAnswers(filing.answers),
      documents.map((d) => d.kind),
      now,
    );
    if (missing.length > 0) return fail("not_ready", CLIENT_REVIEW_TEXT.notComplete);
    const tooMany = await refuseTooManyInvitations(tx, actor.id, id);
    if (tooMany) return tooMany;
    const token = randomToken();
    const expiresAt = new Date(now.getTime() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
    await tx.filing.update({
      where: { id },
      data: {
        clientReview: "SENT",
        clientReviewNote: null,
        invitationTokenHash: invitationHash(token),
        invitationExpiresAt: expiresAt,
        invitationSentAt: now,
        g28SignedAt: null,
        g28SignatureName: null,
        ...UNSIGNED,
      },
    });
    const representative = await representativeDetails(tx, actor.id);
    // In the client's language when they have an account, else in the representative's (who knows
    // the client), never the request's: reading it may need the connection this transaction holds.
    await enqueueEmail(
      tx,
      filing.clientEmail,
      "client-review-invitation",
      { representativeName: representative.name, formType: def.id, link: invitationUrl(token), expiresInDays: INVITATION_DAYS },
      { otherwiseUserId: actor.id },
    );
    return { ok: true, sentTo: filing.clientEmail };
  });
}

// ---------------------------------------------------------------------------------------------
// The representative as the client sees them on the G-28.

export type RepresentativeDetails = { name: string; organization: string | null; verified: boolean; email: string };

export async function representativeDetails(tx: Tx, representativeId: string): Promise<RepresentativeDetails> {
  const user = await tx.user.findUniqueOrThrow({
    where: { id: representativeId },
    select: {
      email: true,
      fullName: true,
      representativeProfile: { select: { fullName: true, organization: true, verifiedAt: true } },
    },
  });
  const profile = user.representativeProfile;
  return {
    name: profile?.fullName ?? user.fullName ?? user.email,
    organization: profile?.organization ?? null,
    verified: !!profile?.verifiedAt,
    email: user.email,
  };
}

// ---------------------------------------------------------------------------------------------
// The invitation link.

export type InvitationState =
  { kind: "valid"; formType: string; formTitle: string; representative: RepresentativeDetails } | { kind: "invalid" | "expired" };

/** What the link stands for, read only (nothing is claimed by looking). */
export async function invitationState(token: unknown, now = new Date()): Promise<InvitationState> {
  if (!isLinkToken(token)) return { kind: "invalid" };
  const row = await db().filing.findUnique({
    where: { invitationTokenHash: invitationHash(token) },
    select: { formType: true, status: true, ownerId: true, clientReview: true, invitationExpiresAt: true },
  });
  if (!row || row.status !== "DRAFT" || row.clientReview !== "SENT") return { kind: "invalid" };
  if (!row.invitationExpiresAt || row.invitationExpiresAt <= now) return { kind: "expired" };
  const def = definitionFor(row.formType);
  if (!def) return { kind: "invalid" };
  return { kind: "valid", formType: def.id, formTitle: def.title, representative: await representativeDetails(db(), row.ownerId) };
}

export const zClaimInvitation = z.object({ token: zField() });

/**
 * The client opens the invitation signed in to their own applicant account: the link is used up and
 * the filing becomes theirs to review. A filing already claimed by another account stays theirs.
 */
export async function claimInvitation(
  actor: Pick<Actor, "id" | "role">,
  token: unknown,
  now = new Date(),
): Promise<ActionResult<{ filingId: string }>> {
  if (actor.role !== "APPLICANT") return fail("not_allowed", msg("clientReview.errors.applicantOnly"));
  if (!isLinkToken(token)) return fail("link_unknown", CLIENT_REVIEW_TEXT.invitationInvalid);
  const hash = invitationHash(token);
  return db().$transaction(async (tx) => {
    const found = await tx.filing.findUnique({ where: { invitationTokenHash: hash }, select: { id: true } });
    const filing = found ? await lockClientFiling(tx, {}, found.id) : null;
    if (!filing || filing.status !== "DRAFT" || filing.clientReview !== "SENT")
      return fail("link_unknown", CLIENT_REVIEW_TEXT.invitationInvalid);
    if (!filing.invitationExpiresAt || filing.invitationExpiresAt <= now) return fail("link_expired", CLIENT_REVIEW_TEXT.invitationExpired);
    if (filing.clientId && filing.clientId !== actor.id) return fail("not_allowed", CLIENT_REVIEW_TEXT.wrongAccount);
    if (filing.ownerId === actor.id) return fail("not_allowed", CLIENT_REVIEW_TEXT.wrongAccount);
    await tx.filing.update({ where: { id: filing.id }, data: { clientId: actor.id, invitationTokenHash: null } });
    return { ok: true, filingId: filing.id };
  });
}

// ---------------------------------------------------------------------------------------------
// The client's review, in their own account.

export type ClientReview = {
  id: string;
  def: FormDefinition;
  answers: Answers;
  documents: DraftDocument[];
  review: ClientReviewStatus;
  note: string | null;
  clientName: string;
  representative: RepresentativeDetails;
  signedAt: Date | null;
  submitted: boolean;
  /** Which sending of the form the client is reading: signing checks it is still the one sent last. */
  version: string;
};

/** The filing this applicant was invited to review, or null (not theirs, unknown, malformed alike). */
export async function clientReviewFor(actor: Pick<Actor, "id">, filingId: unknown): Promise<ClientReview | null> {
  if (!isId(filingId)) return null;
  const row = await db().filing.findFirst({
    where: { id: filingId.toLowerCase(), clientId: actor.id, clientReview: { not: null } },
    select: {
      id: true,
      formType: true,
      ownerId: true,
      status: true,
      answers: true,
      clientReview: true,
      clientReviewNote: true,
      clientName: true,
      g28SignedAt: true,
      invitationSentAt: true,
      documents: {
        select: { id: true, kind: true, name: true, contentType: true, size: true, createdAt: true },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const def = row ? definitionFor(row.formType) : undefined;
  if (!row || !def || !row.clientReview) return null;
  return {
    id: row.id,
    def,
    answers: storedAnswers(row.answers),
    documents: row.documents,
    review: row.clientReview,
    note: row.clientReviewNote,
    clientName: row.clientName ?? "",
    representative: await representativeDetails(db(), row.ownerId),
    signedAt: row.g28SignedAt,
    submitted: row.status === "SUBMITTED",
    version: reviewVersion(row.invitationSentAt),
  };
}

const reviewVersion = (sentAt: Date | null) => sentAt?.toISOString() ?? "";

export type ClientReviewSummary = { id: string; formType: string; title: string; review: ClientReviewStatus; representativeName: string };

/** Forms representatives sent this applicant to review (the ones they opened), newest first. */
export async function listClientReviews(actor: Pick<Actor, "id">): Promise<ClientReviewSummary[]> {
  const rows = await db().filing.findMany({
    where: { clientId: actor.id, clientReview: { not: null }, status: "DRAFT" },
    orderBy: { invitationSentAt: "desc" },
    select: CLIENT_REVIEW_SELECT,
  });
  return rows.map(clientReviewSummary);
}

export const CLIENT_REVIEW_SELECT = {
  id: true,
  formType: true,
  clientReview: true,
  owner: { select: { email: true, fullName: true, representativeProfile: { select: { fullName: true } } } },
} as const;

export function clientReviewSummary(row: {
  id: string;
  formType: string;
  clientReview: ClientReviewStatus | null;
  owner: { email: string; fullName: string | null; representativeProfile: { fullName: string } | null };
}): ClientReviewSummary {
  return {
    id: row.id,
    formType: row.formType,
    title: definitionFor(row.formType)?.title ?? row.formType,
    review: row.clientReview!,
    representativeName: row.owner.representativeProfile?.fullName ?? row.owner.fullName ?? row.owner.email,
  };
}

/** The client's filing in review, locked; a refusal when it is not waiting for them. */
async function lockForClient(tx: Tx, actor: Pick<Actor, "id">, filingId: unknown) {
  if (!isId(filingId)) return { ok: false as const, refusal: DRAFT_NOT_FOUND() };
  const filing = await lockClientFiling(tx, { clientId: actor.id }, filingId.toLowerCase());
  if (!filing || !filing.clientReview) return { ok: false as const, refusal: DRAFT_NOT_FOUND() };
  if (filing.status !== "DRAFT" || filing.clientReview !== "SENT") {
    return { ok: false as const, refusal: fail("not_allowed", CLIENT_REVIEW_TEXT.reviewClosed) };
  }
  return { ok: true as const, filing };
}

const NOTE_TOO_LONG = msg("clientReview.errors.noteTooLong", { max: NOTE_MAX });

export const zRequestChanges = z.object({
  filingId: zField(),
  note: zFreeText({ max: NOTE_MAX, tooLong: NOTE_TOO_LONG, required: msg("clientReview.errors.noteRequired") }),
});
export const zDeclineReview = z.object({
  filingId: zField(),
  note: zFreeText({ max: NOTE_MAX, tooLong: NOTE_TOO_LONG }),
});

/** "Ask for changes": back to the representative with the client's note; they are emailed. */
export async function requestClientChanges(
  actor: Pick<Actor, "id">,
  input: z.output<typeof zRequestChanges>,
): Promise<ActionResult<{ filingId: string }>> {
  return db().$transaction(async (tx) => {
    const locked = await lockForClient(tx, actor, input.filingId);
    if (!locked.ok) return locked.refusal;
    const { filing } = locked;
    await tx.filing.update({ where: { id: filing.id }, data: { clientReview: "CHANGES_REQUESTED", clientReviewNote: input.note } });
    await tellRepresentative(tx, filing, "client-review-changes-requested");
    return { ok: true, filingId: filing.id };
  });
}

/** "Decline": nothing is filed; the representative is emailed. */
export async function declineClientReview(
  actor: Pick<Actor, "id">,
  input: z.output<typeof zDeclineReview>,
): Promise<ActionResult<{ filingId: string }>> {
  return db().$transaction(async (tx) => {
    const locked = await lockForClient(tx, actor, input.filingId);
    if (!locked.ok) return locked.refusal;
    const { filing } = locked;
    await tx.filing.update({ where: { id: filing.id }, data: { clientReview: "DECLINED", clientReviewNote: input.note || null } });
    await tellRepresentative(tx, filing, "client-review-declined");
    return { ok: true, filingId: filing.id };
  });
}

const yes = (message: string) => z.preprocess((v) => (v === "yes" ? "yes" : ""), z.string().min(1, message));

export const zSignClientReview = z.object({
  filingId: zField(),
  fullName: zFreeText({
    max: 200,
    oneLine: true,
    required: msg("clientReview.errors.fullNameRequired"),
    tooLong: msg("clientReview.errors.fullNameTooLong", { max: 200 }),
  }),
  certify: yes(msg("clientReview.errors.certify")),
  consent: yes(msg("clientReview.errors.consent")),
  version: zField(),
});
export type SignClientReviewInput = z.output<typeof zSignClientReview>;

/**
 * The client signs the form and the G-28 together, in their own session, with their full name as
 * the form gives it. Records when, from where and with which browser; the representative is emailed.
 */
export async function signClientReview(
  actor: Pick<Actor, "id">,
  input: SignClientReviewInput,
  request: RequestInfo,
  now = new Date(),
): Promise<ActionResult<{ filingId: string }>> {
  return db().$transaction(async (tx) => {
    const locked = await lockForClient(tx, actor, input.filingId);
    if (!locked.ok) return locked.refusal;
    const { filing } = locked;
    // Changed and sent again since this page was opened (say, after the client asked for changes in another window).
    if (input.version !== reviewVersion(filing.invitationSentAt)) return fail("not_allowed", msg("clientReview.errors.changedSinceOpened"));
    const def = definitionFor(filing.formType);
    if (!def) return DRAFT_NOT_FOUND();
    const answers = storedAnswers(filing.answers);
    const documents = await tx.filingDocument.findMany({ where: { filingId: filing.id }, select: { kind: true } });
    if (
      missingForSubmission(
        def,
        answers,
        documents.map((d) => d.kind),
        now,
      ).length > 0
    ) {
      return fail("not_ready", msg("clientReview.errors.somethingMissing"));
    }
    const expected = def.signerName(answers);
    if (!signatureMatches(input.fullName, expected)) {
      return invalid(
        { fullName: msg("clientReview.errors.nameMismatch", { name: expected }) },
        { fullName: input.fullName, certify: input.certify, consent: input.consent },
      );
    }
    const name = input.fullName.trim().replace(/\s+/g, " ");
    const fee = def.fee(answers, now);
    await tx.filing.update({
      where: { id: filing.id },
      data: {
        clientReview: "SIGNED",
        clientReviewNote: null,
        signatureName: name,
        signedAt: now,
        signatureAddress: request.ip,
        signatureUserAgent: request.userAgent?.slice(0, 512) ?? null,
        g28SignatureName: name,
        g28SignedAt: now,
        feeCents: fee.onlineCents,
        feeRule: fee.rule,
      },
    });
    await tellRepresentative(tx, filing, "client-review-signed");
    return { ok: true, filingId: filing.id };
  });
}

async function tellRepresentative(
  tx: Tx,
  filing: LockedClientFiling,
  template: "client-review-changes-requested" | "client-review-declined" | "client-review-signed",
): Promise<void> {
  const owner = await tx.user.findUniqueOrThrow({ where: { id: filing.ownerId }, select: { email: true } });
  await enqueueEmail(tx, owner.email, template, {
    clientName: filing.clientName ?? "Your client",
    formType: filing.formType,
    url: new URL(`/file/${filing.id}`, env().APP_URL).toString(),
  });
}

/** What the client agrees to by ticking the G-28 box, as a msg() reference (show it with text()). */
export function g28ConsentText(representative: Pick<RepresentativeDetails, "name" | "organization">): string {
  return representative.organization
    ? msg("clientReview.sign.consentWithOrganization", { name: representative.name, organization: representative.organization })
    : msg("clientReview.sign.consent", { name: representative.name });
}
