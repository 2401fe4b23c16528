// The authorization matrix: every function (and the route or action behind it) that takes a case,
// notice, document, evidence request, thread or draft id, called by each of six people; the outcome
// must be exactly the expected one, and a refusal must change nothing and write nothing (every row
// of every application table, the outbox, audit and security logs included, and the stored files).
// Runs on both engines (tests/run-integration.ts).
//
// Inventory (functions that take such an id; the route is thin and gated by the context named):
//
// | Function (lib/)                                   | Route or action (app/)                                   | Gate              | Id taken                |
// |---------------------------------------------------|----------------------------------------------------------|-------------------|-------------------------|
// | cases/case-for-owner caseForOwner                 | GET /cases/[receipt]                                     | applicantContext  | case (receipt number)   |
// | cases/case-for-owner markCaseViewed               | GET /cases/[receipt] (after rendering)                   | applicantContext  | case id                 |
// | cases/link-paper-case linkPaperCase               | /cases/link action                                       | applicantAction   | case (receipt + code)   |
// | notices/notice-for-owner noticeForOwner           | GET /cases/[receipt]/notices/[noticeId]                  | applicantContext  | case, notice            |
// | evidence/evidence-request-view evidenceRequestFor…| GET /cases/[receipt]/evidence/[requestId]                | applicantContext  | case, evidence request  |
// | evidence/upload-evidence uploadEvidence           | /cases/[receipt]/evidence/[requestId] action             | applicantAction   | case, evidence request  |
// | evidence/remove-uploaded-document removeUploaded… | /cases/[receipt]/evidence/[requestId] action             | applicantAction   | request, document       |
// | evidence/submit-evidence-response submitEvidence… | /cases/[receipt]/evidence/[requestId] action             | applicantAction   | case, evidence request  |
// | evidence/owned-document documentForOwner          | GET /cases/[receipt]/documents/[documentId]              | applicantContext  | case, document          |
// | messages/start-thread startThread                 | /messages/new action                                     | applicantAction   | case (receipt number)   |
// | messages/thread-view threadForApplicant           | GET /messages/[threadId]                                 | applicantContext  | thread                  |
// | messages/reply-as-applicant replyAsApplicant      | /messages/[threadId] action                              | applicantAction   | thread                  |
// | messages/attachment-for attachmentFor             | GET /messages/[threadId]/attachments/[documentId]        | applicantContext  | thread, document        |
// |                                                   | GET /agency/messages/[threadId]/attachments/[documentId] | officerContext    | thread, document        |
// | filing/drafts draftForOwner                       | GET /file/[filingId], /[pageId], /check, /sign, /delete… | applicantContext  | draft                   |
// | filing/drafts saveDraftPage                       | /file/[filingId]/[pageId] action                         | applicantAction   | draft                   |
// | filing/draft-documents uploadDraftDocument        | /file/[filingId]/documents action                        | applicantAction   | draft                   |
// | filing/draft-documents removeDraftDocument        | /file/[filingId]/documents action                        | applicantAction   | draft, draft document   |
// | filing/drafts signDraft                           | /file/[filingId]/sign action                             | applicantAction   | draft                   |
// | filing/drafts deleteDraft                         | /file/[filingId]/delete action                           | applicantAction   | draft                   |
// | filing/submitted-filings submittedFilingFor       | GET /file/[filingId]/confirmation                        | applicantContext  | filing                  |
// | payments/payment-views payPageView (payability)   | GET /file/[filingId]/pay                                 | applicantContext  | draft                   |
// | payments/start-payment startPayment               | /file/[filingId]/pay action                              | applicantAction   | draft                   |
// | payments/payment-views paymentReturnView          | GET /file/[filingId]/pay/return                          | applicantContext  | draft                   |
// | agency/console/case-for-officer caseForOfficer    | GET /agency/cases/[receipt]                              | officerContext    | case                    |
// | agency/console/case-changes addStatusForOfficer   | /agency/cases/[receipt] action                           | officerAction     | case                    |
// | agency/console/case-changes issueNoticeForOfficer | /agency/cases/[receipt] action                           | officerAction     | case                    |
// | agency/console/case-changes openRequestForOfficer | /agency/cases/[receipt] action                           | officerAction     | case                    |
// | agency/console/case-changes markReviewedForOfficer| /agency/cases/[receipt] action                           | officerAction     | case, evidence request  |
// | agency/console/officer-downloads noticeForOfficer | GET /agency/cases/[receipt]/notices/[noticeId]           | officerContext    | case, notice            |
// | agency/console/officer-downloads documentForOff…  | GET /agency/cases/[receipt]/documents/[documentId]       | officerContext    | case, document          |
// | messages/thread-view threadForOfficer             | GET /agency/messages/[threadId]                          | officerContext    | thread                  |
// | messages/reply-as-officer replyAsOfficer          | /agency/messages/[threadId] action                       | officerAction     | thread                  |
// | agency/console/intake intakeNoticeForOfficer      | POST /agency/intake/access-notice                        | officerContext    | case (receipt + code)   |
// | representation/represented-case representedCase  | GET /representative/cases/[receiptNumber]               | representativeCtx | case                    |
// | representation/represented-case markRepresented…  | GET /representative/cases/[receiptNumber]               | representativeCtx | G-28 (representation)   |
// | representation/represented-case noticeForRepres…  | GET /representative/cases/[receiptNumber]/notices/[id]  | representativeCtx | case, notice            |
// | (shared) evidence, documentForOwner, messages     | /representative/cases/[receiptNumber]/evidence|documents | representativeCtx | as above                |
// |                                                   | /representative/messages/[threadId](/attachments/[id])  | representativeCtx | thread, document        |
// | filing/client-review sendForClientReview          | /file/[filingId]/sign action (send to client)           | representativeAct | draft                   |
// | filing/client-review claimInvitation              | /invitation action                                      | applicant session | invitation link         |
// | filing/client-review clientReviewFor              | GET /file/review/[filingId]                             | applicantContext  | draft                   |
// | filing/client-review requestClientChanges, decline…, signClientReview | /file/review/[filingId] actions     | applicantAction   | draft                   |
// | (shared) drafts, documents, payment on a client's form | /file/[filingId]/** (filerContext)                 | filer             | draft                   |
// | representation/end-representation endRepresentation | client, representative and console actions           | each its own      | G-28 (representation)   |
// | representation/record-paper-g28 recordPaperG28    | /agency/cases/[receipt] action                          | officerAction     | case                    |
// | representation/representatives-for-officer representativeForOfficer, markRepresentativeVerified | /agency/representatives/[accountNumber] | officer | account number |
//
// Not in the matrix, with the reason:
// - lib/storage/* (fileStorage().get/put, removeStoredFile, storeThenRecord) take storage keys, never
//   an id from a request: they are reached only through the functions above, after their checks.
// - lib/filing/submit-filing submitFiling(filingId, payment): no person; called by the Stripe webhook
//   (payments/webhook receiveStripeWebhook, signature-checked) for the filing a paid session names.
// - lib/cases/agency-operations (addStatusEvent, issueNotice, openEvidenceRequest, markEvidenceReviewed,
//   createPaperCase) and lib/agency/command.ts: the server's own command line and the console
//   functions above; no route reaches them without officerOf().
// - lib/filing/filings-for-officer onlineFilingOfCase: inside caseForOfficer only.
// - lib/filing/draft-expiry: the scheduled job, no person.
// - Lists without an id (dashboardCases, threadsForApplicant, listDrafts, listSubmittedFilings,
//   casesToWriteAbout) filter by the actor's own id: covered by "lists" below.
import { text } from "node:stream/consumers";
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { caseForOfficer } from "@/lib/agency/console/case-for-officer";
import {
  addStatusForOfficer,
  issueNoticeForOfficer,
  markReviewedForOfficer,
  openRequestForOfficer,
  zAddStatus,
  zIssueNotice,
  zMarkReviewed,
  zOpenRequest,
} from "@/lib/agency/console/case-changes";
import { intakeNoticeForOfficer, zIntakeNotice } from "@/lib/agency/console/intake";
import { documentForOfficer, noticeForOfficer } from "@/lib/agency/console/officer-downloads";
import { caseForOwner, markCaseViewed } from "@/lib/cases/case-for-owner";
import { dashboardCases } from "@/lib/cases/dashboard";
import { linkPaperCase, zLinkPaperCase } from "@/lib/cases/link-paper-case";
import { resetEnvCache } from "@/lib/env";
import { noticeForOwner } from "@/lib/notices/notice-for-owner";
import { evidenceRequestForOwner } from "@/lib/evidence/evidence-request-view";
import { documentForOwner } from "@/lib/evidence/owned-document";
import { removeUploadedDocument, zRemoveUploadedDocument } from "@/lib/evidence/remove-uploaded-document";
import { submitEvidenceResponse, zSubmitEvidenceResponse } from "@/lib/evidence/submit-evidence-response";
import { uploadEvidence, zUploadEvidence } from "@/lib/evidence/upload-evidence";
import { removeDraftDocument, uploadDraftDocument, zRemoveDraftDocument, zUploadDraftDocument } from "@/lib/filing/draft-documents";
import {
  claimInvitation,
  clientReviewFor,
  declineClientReview,
  listClientDrafts,
  listClientReviews,
  requestClientChanges,
  sendForClientReview,
  signClientReview,
  startClientDraft,
  zClientFilingRef,
  zDeclineReview,
  zRequestChanges,
  zSignClientReview,
  zStartClientDraft,
} from "@/lib/filing/client-review";
import {
  deleteDraft,
  draftForOwner,
  draftVersion,
  listDrafts,
  saveDraftPage,
  signDraft,
  startDraft,
  zDraftRef,
  zSignDraft,
  zStartDraft,
} from "@/lib/filing/drafts";
import { listSubmittedFilings, submittedFilingFor } from "@/lib/filing/submitted-filings";
import { attachmentFor } from "@/lib/messages/attachment-for";
import { replyAsApplicant } from "@/lib/messages/reply-as-applicant";
import { replyAsOfficer } from "@/lib/messages/reply-as-officer";
import { zReply } from "@/lib/messages/reply-input";
import { startThread, zStartThread } from "@/lib/messages/start-thread";
import { casesToWriteAbout, threadsForApplicant } from "@/lib/messages/thread-list";
import { threadForApplicant, threadForOfficer } from "@/lib/messages/thread-view";
import { paymentReturnView, payPageView } from "@/lib/payments/payment-views";
import { StripeStandin } from "@/lib/payments/standin/stripe-standin";
import { startPayment, zStartPayment } from "@/lib/payments/start-payment";
import { endRepresentation } from "@/lib/representation/end-representation";
import { recordPaperG28 } from "@/lib/representation/record-paper-g28";
import { markRepresentativeVerified, representativeForOfficer, zMarkVerified } from "@/lib/representation/representatives-for-officer";
import {
  clientCases,
  markRepresentedCaseViewed,
  noticeForRepresentative,
  representedCase,
  withdrawnRepresentations,
} from "@/lib/representation/represented-case";
import { submit } from "@/tests/support/action-input";
import { arrangeWorld, ACTORS, snapshotTables, type ActorName, type Person, type World } from "@/tests/support/authorization-world";
import { emptyTables } from "@/tests/support/empty-tables";
import { file, info, PDF, useUploadDir } from "@/tests/support/factories";

type Outcome = "allowed" | "refused";

type Row = {
  /** The function, as lib/ names it. */
  fn: string;
  /** The route or action behind it. */
  route: string;
  /** Who gets "allowed"; everyone else must be refused. */
  allowed: readonly ActorName[];
  call: (who: Person, world: World) => Promise<unknown>;
};

const OWNER_ONLY = ["applicant"] as const;
const OFFICER_ONLY = ["officer"] as const;
const REPRESENTATIVE_ONLY = ["representative"] as const;

/**
 * What a call's result means. Refused: null, false, { ok: false }, or a view of kind "not_found"
 * (each function answers someone else's id exactly as an unknown one). A download's bytes are read.
 */
async function outcomeOf(result: unknown): Promise<Outcome> {
  if (result === null || result === undefined || result === false) return "refused";
  if (typeof result === "object") {
    const value = result as Record<string, unknown>;
    if (value.body instanceof Readable) await text(value.body);
    if (value.ok === false) return "refused";
    if (value.kind === "not_found") return "refused";
  }
  return "allowed";
}

const fullName = "Ana Diaz";

// ---------------------------------------------------------------------------------------------
// The rows: main's functions.

const caseRows: Row[] = [
  {
    fn: "caseForOwner",
    route: "GET /cases/[receipt]",
    allowed: OWNER_ONLY,
    call: (who, w) => caseForOwner(who.actor, w.theCase.receiptNumber),
  },
  {
    fn: "markCaseViewed",
    route: "GET /cases/[receipt]",
    allowed: OWNER_ONLY,
    call: (who, w) => markCaseViewed(who.actor, w.theCase.id),
  },
  {
    // The Online Access Code proves the holder is the case's applicant: any applicant holding it may
    // link the case (once). A representative, even one with a paper G-28 on that case, and an officer
    // may not: linking is for the case's own applicant.
    fn: "linkPaperCase",
    route: "/cases/link action",
    allowed: ["applicant", "otherApplicant"],
    call: (who, w) =>
      submit(zLinkPaperCase, { receiptNumber: w.unlinked.receiptNumber, accessCode: w.unlinked.accessCode }, (input) =>
        linkPaperCase(who.actor, input, info),
      ),
  },
  {
    fn: "noticeForOwner",
    route: "GET /cases/[receipt]/notices/[noticeId]",
    allowed: OWNER_ONLY,
    call: (who, w) => noticeForOwner(who.actor, w.theCase.receiptNumber, w.notice.id),
  },
];

const evidenceRows: Row[] = [
  {
    fn: "evidenceRequestForOwner",
    route: "GET /cases/[receipt]/evidence/[requestId]",
    allowed: ["applicant", "representative"],
    call: (who, w) => evidenceRequestForOwner(who.actor, { receiptNumber: w.theCase.receiptNumber, requestId: w.request.id }),
  },
  {
    fn: "uploadEvidence",
    route: "/cases/[receipt]/evidence/[requestId] action (upload)",
    allowed: ["applicant", "representative"],
    call: (who, w) =>
      submit(zUploadEvidence, { receiptNumber: w.theCase.receiptNumber, requestId: w.request.id, file: file(PDF, "more.pdf") }, (input) =>
        uploadEvidence(who.actor, input),
      ),
  },
  {
    fn: "removeUploadedDocument",
    route: "/cases/[receipt]/evidence/[requestId] action (remove)",
    allowed: ["applicant", "representative"],
    call: (who, w) =>
      submit(
        zRemoveUploadedDocument,
        { receiptNumber: w.theCase.receiptNumber, requestId: w.request.id, documentId: w.evidenceDocument.id },
        (input) => removeUploadedDocument(who.actor, input),
      ),
  },
  {
    fn: "submitEvidenceResponse",
    route: "/cases/[receipt]/evidence/[requestId] action (send)",
    allowed: ["applicant", "representative"],
    call: (who, w) =>
      submit(zSubmitEvidenceResponse, { receiptNumber: w.theCase.receiptNumber, requestId: w.request.id, confirm: "yes" }, (input) =>
        submitEvidenceResponse(who.actor, input),
      ),
  },
  {
    fn: "documentForOwner",
    route: "GET /cases/[receipt]/documents/[documentId]",
    allowed: ["applicant", "representative"],
    call: (who, w) => documentForOwner(who.actor, { receiptNumber: w.theCase.receiptNumber, documentId: w.evidenceDocument.id }),
  },
  {
    // A message attachment is a document of the case too, but only its thread gives it out: the
    // case's documents route must not, to anyone (a representative never reads the applicant's messages).
    fn: "documentForOwner (a message attachment's id)",
    route: "GET /cases/[receipt]/documents/[documentId]",
    allowed: [],
    call: (who, w) => documentForOwner(who.actor, { receiptNumber: w.theCase.receiptNumber, documentId: w.attachment.id }),
  },
];

// The representative's own side (lib/representation/represented-case.ts): exactly the cases a current
// G-28 names them on; never the client's other cases, never the applicant's Account Access Notice.
const representedRows: Row[] = [
  {
    fn: "representedCase",
    route: "GET /representative/cases/[receiptNumber]",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => representedCase(who.actor, w.theCase.receiptNumber),
  },
  {
    fn: "representedCase (the client's other case)",
    route: "GET /representative/cases/[receiptNumber]",
    allowed: [],
    call: (who, w) => representedCase(who.actor, w.clientsOtherCase.receiptNumber),
  },
  {
    fn: "markRepresentedCaseViewed",
    route: "GET /representative/cases/[receiptNumber]",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => markRepresentedCaseViewed(who.actor, w.representation.id),
  },
  {
    fn: "markRepresentedCaseViewed (an ended G-28)",
    route: "GET /representative/cases/[receiptNumber]",
    allowed: [],
    call: (who, w) => markRepresentedCaseViewed(who.actor, w.formerRepresentation.id),
  },
  {
    fn: "noticeForRepresentative",
    route: "GET /representative/cases/[receiptNumber]/notices/[noticeId]",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => noticeForRepresentative(who.actor, w.theCase.receiptNumber, w.notice.id),
  },
  {
    fn: "noticeForRepresentative (the Account Access Notice)",
    route: "GET /representative/cases/[receiptNumber]/notices/[noticeId]",
    allowed: [],
    call: (who, w) => noticeForRepresentative(who.actor, w.theCase.receiptNumber, w.accountAccessNotice.id),
  },
];

const messageRows: Row[] = [
  {
    fn: "startThread",
    route: "/messages/new action",
    allowed: ["applicant", "representative"],
    call: (who, w) =>
      submit(zStartThread, { receiptNumber: w.theCase.receiptNumber, subject: "Hello", body: "A question." }, (input) =>
        startThread(who.session, input),
      ),
  },
  {
    fn: "threadForApplicant",
    route: "GET /messages/[threadId]",
    allowed: OWNER_ONLY,
    call: (who, w) => threadForApplicant(who.session, w.thread.id),
  },
  {
    fn: "replyAsApplicant",
    route: "/messages/[threadId] action",
    allowed: OWNER_ONLY,
    call: (who, w) => submit(zReply, { threadId: w.thread.id, body: "More words." }, (input) => replyAsApplicant(who.session, input)),
  },
  {
    fn: "attachmentFor",
    route: "GET /messages/[threadId]/attachments/[documentId] (and the console's)",
    allowed: ["applicant", "officer"],
    call: (who, w) => attachmentFor(who.session, { threadId: w.thread.id, documentId: w.attachment.id }),
  },
  {
    fn: "startThread (the client's other case)",
    route: "/messages/new action, /representative/cases/[receiptNumber]/messages/new action",
    allowed: OWNER_ONLY,
    call: (who, w) =>
      submit(zStartThread, { receiptNumber: w.clientsOtherCase.receiptNumber, subject: "Hello", body: "A question." }, (input) =>
        startThread(who.session, input),
      ),
  },
  {
    fn: "threadForApplicant (the representative's thread)",
    route: "GET /representative/messages/[threadId]",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => threadForApplicant(who.session, w.repThread.id),
  },
  {
    fn: "replyAsApplicant (the representative's thread)",
    route: "/representative/messages/[threadId] action",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => submit(zReply, { threadId: w.repThread.id, body: "More words." }, (input) => replyAsApplicant(who.session, input)),
  },
  {
    fn: "attachmentFor (the representative's thread)",
    route: "GET /representative/messages/[threadId]/attachments/[documentId] (and the console's)",
    allowed: ["representative", "officer"],
    call: (who, w) => attachmentFor(who.session, { threadId: w.repThread.id, documentId: w.repAttachment.id }),
  },
  {
    fn: "documentForOwner (the representative's message attachment)",
    route: "GET /cases/[receipt]/documents/[documentId], /representative/cases/[receiptNumber]/documents/[documentId]",
    allowed: [],
    call: (who, w) => documentForOwner(who.actor, { receiptNumber: w.theCase.receiptNumber, documentId: w.repAttachment.id }),
  },
  {
    fn: "threadForApplicant (the former representative's thread)",
    route: "GET /representative/messages/[threadId]",
    allowed: [],
    call: (who, w) => threadForApplicant(who.session, w.formerRepThread.id),
  },
  {
    fn: "replyAsApplicant (the former representative's thread)",
    route: "/representative/messages/[threadId] action",
    allowed: [],
    call: (who, w) =>
      submit(zReply, { threadId: w.formerRepThread.id, body: "Still here?" }, (input) => replyAsApplicant(who.session, input)),
  },
  {
    fn: "attachmentFor (the former representative's thread)",
    route: "GET /representative/messages/[threadId]/attachments/[documentId] (and the console's)",
    allowed: OFFICER_ONLY,
    call: (who, w) => attachmentFor(who.session, { threadId: w.formerRepThread.id, documentId: w.formerRepAttachment.id }),
  },
];

const filingRows: Row[] = [
  {
    fn: "draftForOwner",
    route: "GET /file/[filingId] and its pages",
    allowed: OWNER_ONLY,
    call: (who, w) => draftForOwner(who.actor, w.draft.id),
  },
  {
    fn: "saveDraftPage",
    route: "/file/[filingId]/[pageId] action",
    allowed: OWNER_ONLY,
    call: (who, w) => saveDraftPage(who.actor, w.draft.id, "reason", { reason: "initial" }),
  },
  {
    fn: "uploadDraftDocument",
    route: "/file/[filingId]/documents action (upload)",
    allowed: OWNER_ONLY,
    call: (who, w) =>
      submit(zUploadDraftDocument, { filingId: w.draft.id, kind: "identity", file: file(PDF, "passport.pdf") }, (input) =>
        uploadDraftDocument(who.actor, input),
      ),
  },
  {
    fn: "removeDraftDocument",
    route: "/file/[filingId]/documents action (remove)",
    allowed: OWNER_ONLY,
    call: (who, w) =>
      submit(zRemoveDraftDocument, { filingId: w.draft.id, documentId: w.draftDocument.id }, (input) =>
        removeDraftDocument(who.actor, input),
      ),
  },
  {
    fn: "signDraft",
    route: "/file/[filingId]/sign action",
    allowed: OWNER_ONLY,
    call: async (who, w) => {
      // The sign page's own copy of which saved state it shows (draftVersion).
      const { lastSavedAt } = await db().filing.findUniqueOrThrow({ where: { id: w.draft.id } });
      return submit(zSignDraft, { filingId: w.draft.id, fullName, certify: "yes", version: draftVersion(lastSavedAt) }, (input) =>
        signDraft(who.actor, input, info),
      );
    },
  },
  {
    fn: "deleteDraft",
    route: "/file/[filingId]/delete action",
    allowed: OWNER_ONLY,
    call: (who, w) => submit(zDraftRef, { filingId: w.draft.id }, (input) => deleteDraft(who.actor, input)),
  },
  {
    fn: "submittedFilingFor",
    route: "GET /file/[filingId]/confirmation",
    allowed: OWNER_ONLY,
    call: (who, w) => submittedFilingFor(who.actor, w.submittedFiling.id),
  },
  {
    fn: "payPageView",
    route: "GET /file/[filingId]/pay",
    allowed: OWNER_ONLY,
    call: (who, w) => payPageView(who.actor, w.draft.id, false),
  },
  {
    fn: "startPayment",
    route: "/file/[filingId]/pay action",
    allowed: OWNER_ONLY,
    call: (who, w) => submit(zStartPayment, { filingId: w.draft.id }, (input) => startPayment(who.actor, input, info)),
  },
  {
    fn: "paymentReturnView",
    route: "GET /file/[filingId]/pay/return",
    allowed: OWNER_ONLY,
    call: (who, w) => paymentReturnView(who.actor, w.draft.id, null),
  },
];

// A form a representative prepares for a client: the representative owns the draft and pays; the
// client reviews and signs in their own account; nobody else reaches it, and nobody signs for the client.
const clientFilingRows: Row[] = [
  {
    fn: "draftForOwner (a client's form, being prepared)",
    route: "GET /file/[filingId] and its pages",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => draftForOwner(who.actor, w.clientDraftPreparing.id),
  },
  {
    fn: "saveDraftPage (a client's form, being prepared)",
    route: "/file/[filingId]/[pageId] action",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => saveDraftPage(who.actor, w.clientDraftPreparing.id, "reason", { reason: "initial" }),
  },
  {
    fn: "saveDraftPage (a client's form, in the client's review)",
    route: "/file/[filingId]/[pageId] action",
    allowed: [],
    call: (who, w) => saveDraftPage(who.actor, w.clientDraftInReview.id, "reason", { reason: "initial" }),
  },
  {
    fn: "uploadDraftDocument (a client's form, being prepared)",
    route: "/file/[filingId]/documents action (upload)",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) =>
      submit(zUploadDraftDocument, { filingId: w.clientDraftPreparing.id, kind: "identity", file: file(PDF, "passport.pdf") }, (input) =>
        uploadDraftDocument(who.actor, input),
      ),
  },
  {
    fn: "removeDraftDocument (a client's form, being prepared)",
    route: "/file/[filingId]/documents action (remove)",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) =>
      submit(zRemoveDraftDocument, { filingId: w.clientDraftPreparing.id, documentId: w.clientDraftDocument.id }, (input) =>
        removeDraftDocument(who.actor, input),
      ),
  },
  {
    // The client's signature is never collected in the representative's session.
    fn: "signDraft (a client's form)",
    route: "/file/[filingId]/sign action",
    allowed: [],
    call: (who, w) =>
      submit(zSignDraft, { filingId: w.clientDraftPreparing.id, fullName, certify: "yes" }, (input) => signDraft(who.actor, input, info)),
  },
  {
    fn: "deleteDraft (a client's form, being prepared)",
    route: "/file/[filingId]/delete action",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => submit(zDraftRef, { filingId: w.clientDraftPreparing.id }, (input) => deleteDraft(who.actor, input)),
  },
  {
    fn: "sendForClientReview",
    route: "/file/[filingId]/sign action (send to client)",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => submit(zClientFilingRef, { filingId: w.clientDraftPreparing.id }, (input) => sendForClientReview(who.actor, input)),
  },
  {
    // Like the Online Access Code, the single-use link is the proof: any applicant account that opens
    // it first takes the review; never the representative who sent it, another representative or an officer.
    fn: "claimInvitation (the invitation link)",
    route: "/invitation action",
    allowed: ["applicant", "otherApplicant"],
    call: (who, w) => claimInvitation(who.actor, w.invitationToken),
  },
  {
    fn: "clientReviewFor",
    route: "GET /file/review/[filingId]",
    allowed: OWNER_ONLY,
    call: (who, w) => clientReviewFor(who.actor, w.clientDraftInReview.id),
  },
  {
    fn: "requestClientChanges",
    route: "/file/review/[filingId] action (ask for changes)",
    allowed: OWNER_ONLY,
    call: (who, w) =>
      submit(zRequestChanges, { filingId: w.clientDraftInReview.id, note: "Fix my address." }, (input) =>
        requestClientChanges(who.actor, input),
      ),
  },
  {
    fn: "declineClientReview",
    route: "/file/review/[filingId] action (decline)",
    allowed: OWNER_ONLY,
    call: (who, w) =>
      submit(zDeclineReview, { filingId: w.clientDraftInReview.id, note: "" }, (input) => declineClientReview(who.actor, input)),
  },
  {
    fn: "signClientReview",
    route: "/file/review/[filingId] action (sign the form and the G-28)",
    allowed: OWNER_ONLY,
    call: async (who, w) => {
      // The page's own copy of which sending it shows (clientReviewFor's version).
      const { invitationSentAt } = await db().filing.findUniqueOrThrow({ where: { id: w.clientDraftInReview.id } });
      const version = invitationSentAt?.toISOString() ?? "";
      return submit(zSignClientReview, { filingId: w.clientDraftInReview.id, fullName, certify: "yes", consent: "yes", version }, (input) =>
        signClientReview(who.actor, input, info),
      );
    },
  },
  {
    fn: "payPageView (a client's signed form)",
    route: "GET /file/[filingId]/pay",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => payPageView(who.actor, w.clientDraftSigned.id, false),
  },
  {
    fn: "startPayment (a client's signed form)",
    route: "/file/[filingId]/pay action",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => submit(zStartPayment, { filingId: w.clientDraftSigned.id }, (input) => startPayment(who.actor, input, info)),
  },
  {
    fn: "startPayment (a client's form not signed yet)",
    route: "/file/[filingId]/pay action",
    allowed: [],
    call: (who, w) => submit(zStartPayment, { filingId: w.clientDraftInReview.id }, (input) => startPayment(who.actor, input, info)),
  },
  {
    fn: "paymentReturnView (a client's signed form)",
    route: "GET /file/[filingId]/pay/return",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => paymentReturnView(who.actor, w.clientDraftSigned.id, null),
  },
];

// Starting something new takes no id, but is an account function all the same: an applicant files
// for themselves, a representative for a client, an officer neither.
const startRows: Row[] = [
  {
    fn: "startDraft",
    route: "/file action",
    allowed: ["applicant", "otherApplicant"],
    call: (who) => submit(zStartDraft, { formType: "AR-11" }, (input) => startDraft(who.actor, input)),
  },
  {
    fn: "startClientDraft",
    route: "/representative/file action",
    allowed: ["representative", "repWithoutG28", "formerRep"],
    call: (who) =>
      submit(zStartClientDraft, { formType: "I-765", clientName: "Ana Diaz", clientEmail: "ana@example.test" }, (input) =>
        startClientDraft(who.actor, input),
      ),
  },
];

// The G-28 itself: the applicant ends it, the representative withdraws, an officer records or removes
// one. Each row claims one capacity ("as"); whoever calls with a capacity that is not theirs is refused.
const g28Rows: Row[] = [
  {
    fn: "endRepresentation as CLIENT",
    route: "/cases/[receipt] action (end representation)",
    allowed: OWNER_ONLY,
    call: (who, w) => endRepresentation({ representationId: w.representation.id, actor: who.actor, as: "CLIENT", request: info }),
  },
  {
    fn: "endRepresentation as REPRESENTATIVE",
    route: "/representative/cases/[receiptNumber] action (withdraw)",
    allowed: REPRESENTATIVE_ONLY,
    call: (who, w) => endRepresentation({ representationId: w.representation.id, actor: who.actor, as: "REPRESENTATIVE", request: info }),
  },
  {
    fn: "endRepresentation as OFFICER",
    route: "/agency/cases/[receipt] action (remove G-28)",
    allowed: OFFICER_ONLY,
    call: (who, w) => endRepresentation({ representationId: w.representation.id, actor: who.actor, as: "OFFICER", request: info }),
  },
  {
    fn: "endRepresentation (an ended G-28), as the caller's own capacity",
    route: "any of the three",
    allowed: [],
    call: (who, w) =>
      endRepresentation({
        representationId: w.formerRepresentation.id,
        actor: who.actor,
        as: who.actor.role === "OFFICER" ? "OFFICER" : who.actor.role === "REPRESENTATIVE" ? "REPRESENTATIVE" : "CLIENT",
        request: info,
      }),
  },
  {
    fn: "recordPaperG28",
    route: "/agency/cases/[receipt] action (record a paper G-28)",
    allowed: OFFICER_ONLY,
    call: (who, w) =>
      recordPaperG28({
        caseId: w.clientsOtherCase.id,
        representativeQuery: w.people.repWithoutG28.user.email,
        officer: who.actor,
        request: info,
      }),
  },
];

const consoleRows: Row[] = [
  {
    fn: "caseForOfficer",
    route: "GET /agency/cases/[receipt]",
    allowed: OFFICER_ONLY,
    call: (who, w) => caseForOfficer(who.session, w.theCase.receiptNumber),
  },
  {
    fn: "addStatusForOfficer",
    route: "/agency/cases/[receipt] action (status)",
    allowed: OFFICER_ONLY,
    call: (who, w) =>
      submit(zAddStatus, { receipt: w.theCase.receiptNumber, status: "Case Was Approved" }, (input) =>
        addStatusForOfficer(who.session, input),
      ),
  },
  {
    fn: "issueNoticeForOfficer",
    route: "/agency/cases/[receipt] action (notice)",
    allowed: OFFICER_ONLY,
    call: (who, w) =>
      submit(
        zIssueNotice,
        { receipt: w.theCase.receiptNumber, kind: "APPROVAL", appointmentDate: "", appointmentTime: "", location: "" },
        (input) => issueNoticeForOfficer(who.session, input),
      ),
  },
  {
    fn: "openRequestForOfficer",
    route: "/agency/cases/[receipt] action (request for evidence)",
    allowed: OFFICER_ONLY,
    call: (who, w) => {
      const due = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
      return submit(zOpenRequest, { receipt: w.theCase.receiptNumber, instructions: "Tax returns", dueDate: due }, (input) =>
        openRequestForOfficer(who.session, input),
      );
    },
  },
  {
    fn: "markReviewedForOfficer",
    route: "/agency/cases/[receipt] action (reviewed)",
    allowed: OFFICER_ONLY,
    call: (who, w) =>
      submit(zMarkReviewed, { receipt: w.theCase.receiptNumber, requestId: w.answeredRequest.id }, (input) =>
        markReviewedForOfficer(who.session, input),
      ),
  },
  {
    fn: "noticeForOfficer",
    route: "GET /agency/cases/[receipt]/notices/[noticeId]",
    allowed: OFFICER_ONLY,
    call: (who, w) => noticeForOfficer(who.session, w.theCase.receiptNumber, w.notice.id),
  },
  {
    fn: "documentForOfficer",
    route: "GET /agency/cases/[receipt]/documents/[documentId]",
    allowed: OFFICER_ONLY,
    call: (who, w) => documentForOfficer(who.session, w.theCase.receiptNumber, w.evidenceDocument.id),
  },
  {
    fn: "threadForOfficer",
    route: "GET /agency/messages/[threadId]",
    allowed: OFFICER_ONLY,
    call: (who, w) => threadForOfficer(who.session, w.thread.id),
  },
  {
    fn: "replyAsOfficer",
    route: "/agency/messages/[threadId] action",
    allowed: OFFICER_ONLY,
    call: (who, w) => submit(zReply, { threadId: w.thread.id, body: "Our answer." }, (input) => replyAsOfficer(who.session, input)),
  },
  {
    fn: "representativeForOfficer",
    route: "GET /agency/representatives/[accountNumber]",
    allowed: OFFICER_ONLY,
    call: (who, w) => representativeForOfficer(who.session, w.representativeAccountNumber),
  },
  {
    fn: "markRepresentativeVerified",
    route: "/agency/representatives/[accountNumber] action",
    allowed: OFFICER_ONLY,
    call: (who, w) =>
      submit(zMarkVerified, { accountNumber: w.representativeAccountNumber }, (input) => markRepresentativeVerified(who.session, input)),
  },
  {
    fn: "intakeNoticeForOfficer",
    route: "POST /agency/intake/access-notice",
    allowed: OFFICER_ONLY,
    call: (who, w) =>
      submit(zIntakeNotice, { receipt: w.unlinked.receiptNumber, code: w.unlinked.accessCode }, (input) =>
        intakeNoticeForOfficer(who.session, input),
      ),
  },
];

const MATRIX: { domain: string; rows: Row[] }[] = [
  { domain: "cases and notices", rows: caseRows },
  { domain: "requests for evidence and documents", rows: evidenceRows },
  { domain: "the representative's side", rows: representedRows },
  { domain: "secure messages", rows: messageRows },
  { domain: "drafts, signing and payment", rows: filingRows },
  { domain: "forms a representative prepares for a client", rows: clientFilingRows },
  { domain: "starting a form (no id)", rows: startRows },
  { domain: "the G-28 on a case", rows: g28Rows },
  { domain: "the officer console", rows: consoleRows },
];

// ---------------------------------------------------------------------------------------------

let uploads: ReturnType<typeof useUploadDir>;
let standin: StripeStandin;

beforeAll(async () => {
  standin = new StripeStandin({ webhookUrl: null, webhookSecret: "whsec_authorization_matrix", retryDelaysMs: [] });
  await standin.start();
});

afterAll(async () => {
  await standin.stop();
});

beforeEach(() => {
  process.env.STRIPE_API_URL = standin.url;
  process.env.APP_URL = "http://portal.test";
  resetEnvCache();
  uploads = useUploadDir();
});

afterEach(() => uploads.cleanup());

// One test per function: the world is arranged once; every refused person calls first, each checked
// against a snapshot of every table (so the world is still untouched for the next); then each allowed
// person, the first in that same world, any further one in a fresh one. Every cell is recorded, and
// the whole matrix is printed at the end of the file.
const cells: { domain: string; fn: string; actor: ActorName; expected: Outcome; got: Outcome | "changed something" }[] = [];

async function refusedChangesNothing(row: Row, actor: ActorName, world: World): Promise<Outcome | "changed something"> {
  const before = await snapshotTables();
  const files = uploads.list().sort();
  const outcome = await outcomeOf(await row.call(world.people[actor], world));
  if (outcome !== "refused") return outcome;
  const after = await snapshotTables();
  const changed = Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
  expect.soft(changed, `${row.fn} by ${actor} changed these tables`).toEqual([]);
  expect.soft(uploads.list().sort(), `${row.fn} by ${actor} changed the stored files`).toEqual(files);
  return changed.length === 0 && uploads.list().length === files.length ? "refused" : "changed something";
}

for (const { domain, rows } of MATRIX) {
  describe(`authorization matrix: ${domain}`, () => {
    for (const row of rows) {
      const allowed = ACTORS.filter((actor) => row.allowed.includes(actor));
      const refused = ACTORS.filter((actor) => !row.allowed.includes(actor));
      const title = [allowed.length ? `allowed: ${allowed.join(", ")}` : "", `refused: ${refused.join(", ") || "nobody"}`]
        .filter(Boolean)
        .join("; ");
      it(`${row.fn} (${row.route}): ${title}`, async () => {
        let world = await arrangeWorld();
        for (const actor of refused) {
          const got = await refusedChangesNothing(row, actor, world);
          cells.push({ domain, fn: row.fn, actor, expected: "refused", got });
          expect.soft(got, `${row.fn} by ${actor}`).toBe("refused");
        }
        for (const [index, actor] of allowed.entries()) {
          if (index > 0) {
            await emptyTables();
            world = await arrangeWorld();
          }
          const got = await outcomeOf(await row.call(world.people[actor], world));
          cells.push({ domain, fn: row.fn, actor, expected: "allowed", got });
          expect.soft(got, `${row.fn} by ${actor}`).toBe("allowed");
        }
      });
    }
  });
}

afterAll(() => {
  const failed = cells.filter((cell) => cell.got !== cell.expected);
  const functions = new Set(cells.map((cell) => cell.fn));
  const mark = (fn: string, actor: ActorName) => {
    const cell = cells.find((c) => c.fn === fn && c.actor === actor);
    if (!cell) return "-";
    return `${cell.expected === "allowed" ? "allow" : "refuse"}${cell.got === cell.expected ? "" : " FAILED"}`;
  };
  const lines = [...functions].map((fn) => [fn.padEnd(48), ...ACTORS.map((actor) => mark(fn, actor).padEnd(15))].join(" "));
  console.log(
    [
      `Authorization matrix: ${functions.size} functions x ${ACTORS.length} people = ${cells.length} cells, ` +
        `${cells.length - failed.length} as expected, ${failed.length} not.`,
      ["function".padEnd(48), ...ACTORS.map((actor) => actor.padEnd(15))].join(" "),
      ...lines,
    ].join("\n"),
  );
});

describe("authorization matrix: lists without an id", () => {
  it("each person's lists hold only their own cases, threads and filings", async () => {
    const w = await arrangeWorld();
    const { applicant } = w.people;
    expect((await dashboardCases(applicant.actor, 1)).cases.map((c) => c.receiptNumber).sort()).toEqual(
      [w.theCase.receiptNumber, w.clientsOtherCase.receiptNumber].sort(),
    );
    for (const actor of ACTORS.filter((a) => a !== "applicant")) {
      const who = w.people[actor];
      const listed = (await dashboardCases(who.actor, 1)).cases.map((c) => c.receiptNumber);
      expect(listed, actor).not.toContain(w.theCase.receiptNumber);
      expect(listed, actor).not.toContain(w.clientsOtherCase.receiptNumber);
      expect((await threadsForApplicant(who.session)).threads, actor).toEqual([]);
      expect(
        (await casesToWriteAbout(who.session)).map((c) => c.receiptNumber),
        actor,
      ).not.toContain(w.theCase.receiptNumber);
      expect(await listDrafts(who.actor), actor).toEqual([]);
      expect(await listSubmittedFilings(who.actor), actor).toEqual([]);
      expect(await listClientReviews(who.actor), actor).toEqual([]);
    }
    // The applicant sees the forms waiting for their review, never the ones still being prepared.
    expect((await listClientReviews(applicant.actor)).map((r) => r.id).sort()).toEqual(
      [w.clientDraftInReview.id, w.clientDraftSigned.id].sort(),
    );
    // The representative lists their own client forms; no one else does.
    expect((await listClientDrafts(w.people.representative.actor)).length).toBe(4);
    for (const actor of ACTORS.filter((a) => a !== "representative"))
      expect(await listClientDrafts(w.people[actor].actor), actor).toEqual([]);
    // My clients: exactly the cases with a current G-28 naming them; Withdrawn G-28s: the ended ones.
    const listedFor = async (actor: ActorName) => (await clientCases(w.people[actor].actor)).cases.map((c) => c.receiptNumber).sort();
    expect(await listedFor("representative")).toEqual([w.theCase.receiptNumber, w.unlinked.receiptNumber].sort());
    expect(await listedFor("repWithoutG28")).toEqual([w.othersCase.receiptNumber]);
    for (const actor of ["applicant", "otherApplicant", "formerRep", "officer"] as const) expect(await listedFor(actor), actor).toEqual([]);
    expect((await withdrawnRepresentations(w.people.formerRep.actor)).map((r) => r.receiptNumber)).toEqual([w.theCase.receiptNumber]);
    expect(await withdrawnRepresentations(w.people.representative.actor)).toEqual([]);
    // A client's form is not among the representative's own drafts.
    expect(await listDrafts(w.people.representative.actor)).toEqual([]);
  });
});
