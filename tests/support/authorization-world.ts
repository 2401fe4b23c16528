// The world the authorization matrix runs in (lib/representation/authorization-matrix.integration.test.ts):
// one represented case with everything that has an id (a notice, an open and an answered request for
// evidence with a document, a thread with an attachment), the applicant's other case, drafts, and the
// six people the issue names. Plus a snapshot of every application table, to show that a refused
// call changed nothing and wrote nothing.
import { randomUUID } from "node:crypto";
import { type Actor } from "@/lib/auth/roles";
import { createPaperCase, issueNotice, openEvidenceRequest, type NewPaperCase } from "@/lib/cases/agency-operations";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/client";
import { newConfirmationNumber } from "@/lib/filing/receipt-numbers";
import { startThread, zStartThread } from "@/lib/messages/start-thread";
import { fileStorage } from "@/lib/storage/storage";
import { randomToken } from "@/lib/crypto/tokens";
import { invitationHash } from "@/lib/filing/client-review";
import { submit } from "./action-input";
import { createUser, file, PDF, sessionFor } from "./factories";
import { ar11Answers, draftFiling } from "./filing-factories";
import { I765_DOCUMENTS, i765Answers } from "./payment-factories";

export const ACTORS = ["applicant", "otherApplicant", "representative", "repWithoutG28", "formerRep", "officer"] as const;
export type ActorName = (typeof ACTORS)[number];

export type Person = {
  user: { id: string; email: string };
  actor: Actor;
  session: Awaited<ReturnType<typeof sessionFor>>;
};

async function person(role: Role): Promise<Person> {
  const user = await createUser("COMPLETE");
  if (role !== "APPLICANT") await db().user.update({ where: { id: user.id }, data: { role } });
  if (role === "REPRESENTATIVE") {
    await db().representativeProfile.create({
      data: {
        userId: user.id,
        kind: "ATTORNEY",
        fullName: `Rep ${user.email.split("@")[0]}`,
        organization: "Harbor Law",
        addressLine1: "1 Court Street",
        city: "Boston",
        state: "MA",
        postalCode: "02108",
        phone: "+16175550100",
        barAdmissions: [{ jurisdiction: "Massachusetts", barNumber: "123456", goodStanding: true }],
      },
    });
  }
  const session = await sessionFor(user.id, "FULL");
  return { user, actor: { id: user.id, email: user.email, role }, session };
}

async function ownedCase(ownerId: string, formType: string): Promise<NewPaperCase> {
  const created = await createPaperCase({ formType, applicantName: "Ana Diaz", receivedAt: new Date(Date.now() - 20 * 86_400_000) });
  const now = new Date();
  await db().case.update({ where: { id: created.id }, data: { ownerId, linkedAt: now, accessCodeUsedAt: now } });
  return created;
}

async function storedDocument(data: { caseId: string; uploaderId: string; evidenceRequestId?: string; name: string }) {
  const storageKey = randomToken();
  await fileStorage().put(storageKey, PDF, "application/pdf");
  return db().document.create({
    data: { ...data, contentType: "application/pdf", size: PDF.length, storageKey, sha256: "0".repeat(64) },
  });
}

/**
 * Arranged fresh for every cell of the matrix (the tables are emptied before each test):
 * - applicant: owns `theCase` (represented) and `clientsOtherCase` (not represented), an I-765 draft
 *   ready to pay and a submitted AR-11;
 * - otherApplicant: owns `othersCase`;
 * - representative: a current G-28 on `theCase`, and a paper G-28 on the unlinked case `unlinked`;
 * - repWithoutG28: a current G-28 on `othersCase` only (a working representative, not this case's);
 * - formerRep: a G-28 on `theCase` that the applicant ended;
 * - officer.
 */
export async function arrangeWorld() {
  const people = {
    applicant: await person("APPLICANT"),
    otherApplicant: await person("APPLICANT"),
    representative: await person("REPRESENTATIVE"),
    repWithoutG28: await person("REPRESENTATIVE"),
    formerRep: await person("REPRESENTATIVE"),
    officer: await person("OFFICER"),
  } satisfies Record<ActorName, Person>;
  const { applicant, otherApplicant, representative, repWithoutG28, formerRep, officer } = people;

  const theCase = await ownedCase(applicant.user.id, "I-485");
  const clientsOtherCase = await ownedCase(applicant.user.id, "I-130");
  const othersCase = await ownedCase(otherApplicant.user.id, "I-130");
  const unlinked = await createPaperCase({ formType: "I-90", applicantName: "Ana Diaz" });

  const started = new Date(Date.now() - 10 * 86_400_000);
  const g28 = (caseId: string, representativeId: string, clientId: string | null, ended = false) =>
    db().representation.create({
      data: {
        caseId,
        representativeId,
        clientId,
        source: "PAPER",
        recordedById: officer.user.id,
        startedAt: started,
        ...(ended ? { endedAt: new Date(Date.now() - 86_400_000), endedBy: "CLIENT" as const, endedById: clientId } : {}),
      },
    });
  const representation = await g28(theCase.id, representative.user.id, applicant.user.id);
  await g28(othersCase.id, repWithoutG28.user.id, otherApplicant.user.id);
  const formerRepresentation = await g28(theCase.id, formerRep.user.id, applicant.user.id, true);
  await g28(unlinked.id, representative.user.id, null);

  await issueNotice(theCase.receiptNumber, "INTERVIEW", {
    appointmentAt: new Date(Date.now() + 14 * 86_400_000),
    location: "Field office",
    at: new Date(Date.now() - 5 * 86_400_000),
  });
  const notice = await db().notice.findFirstOrThrow({ where: { caseId: theCase.id, kind: "INTERVIEW" } });
  const answered = await openEvidenceRequest(theCase.receiptNumber, {
    instructions: "Birth certificate",
    dueAt: new Date(Date.now() + 20 * 86_400_000),
  });
  await storedDocument({ caseId: theCase.id, uploaderId: applicant.user.id, evidenceRequestId: answered.id, name: "birth.pdf" });
  await db().evidenceRequest.update({ where: { id: answered.id }, data: { respondedAt: new Date() } });
  const request = await openEvidenceRequest(theCase.receiptNumber, {
    instructions: "Marriage certificate",
    dueAt: new Date(Date.now() + 30 * 86_400_000),
  });
  const evidenceDocument = await storedDocument({
    caseId: theCase.id,
    uploaderId: applicant.user.id,
    evidenceRequestId: request.id,
    name: "marriage.pdf",
  });

  const started2 = await submit(
    zStartThread,
    { receiptNumber: theCase.receiptNumber, subject: "My passport", body: "Private words.", files: [file(PDF, "passport.pdf")] },
    (input) => startThread(applicant.session, input),
  );
  if (!started2.ok) throw new Error(`startThread failed: ${JSON.stringify(started2)}`);
  const thread = await db().messageThread.findUniqueOrThrow({ where: { id: started2.threadId } });
  const attachment = await db().document.findFirstOrThrow({ where: { message: { threadId: thread.id } } });

  // A thread the representative opened on the case (only they and officers see it), and one the
  // former representative opened while their G-28 was current.
  const repStarted = await submit(
    zStartThread,
    { receiptNumber: theCase.receiptNumber, subject: "For my client", body: "Privileged.", files: [file(PDF, "memo.pdf")] },
    (input) => startThread(representative.session, input),
  );
  if (!repStarted.ok) throw new Error(`startThread (representative) failed: ${JSON.stringify(repStarted)}`);
  const repThread = await db().messageThread.findUniqueOrThrow({ where: { id: repStarted.threadId } });
  const repAttachment = await db().document.findFirstOrThrow({ where: { message: { threadId: repThread.id } } });
  const formerRepThread = await db().messageThread.create({
    data: { caseId: theCase.id, applicantId: formerRep.user.id, subject: "Earlier", lastMessageAt: started, awaitingAgencySince: null },
  });
  const formerRepMessage = await db().message.create({
    data: {
      threadId: formerRepThread.id,
      authorId: formerRep.user.id,
      authorRole: "REPRESENTATIVE",
      body: "From before.",
      createdAt: started,
    },
  });
  const formerRepAttachment = await storedDocument({ caseId: theCase.id, uploaderId: formerRep.user.id, name: "old.pdf" });
  await db().document.update({ where: { id: formerRepAttachment.id }, data: { messageId: formerRepMessage.id } });
  const accountAccessNotice = await db().notice.findFirstOrThrow({ where: { caseId: theCase.id, kind: "ACCOUNT_ACCESS" } });
  const representativeAccountNumber = (
    await db().user.findUniqueOrThrow({ where: { id: representative.user.id }, select: { accountNumber: true } })
  ).accountNumber;

  const draft = await draftFiling(applicant.user.id, "I-765", i765Answers(), { documents: I765_DOCUMENTS });
  const draftDocument = await db().filingDocument.findFirstOrThrow({ where: { filingId: draft.id, kind: "identity" } });
  const submittedFiling = await db().filing.create({
    data: {
      ownerId: applicant.user.id,
      formType: "AR-11",
      status: "SUBMITTED",
      answers: ar11Answers(),
      lastSavedAt: new Date(),
      submittedAt: new Date(),
      confirmationNumber: newConfirmationNumber("AR-11"),
      signatureName: "Ana Diaz",
      signedAt: new Date(),
    },
  });

  // Forms the representative prepares for the applicant (their client): one being prepared (complete,
  // not sent yet), one waiting for the client's review in their account, one the client signed
  // (the representative pays next), and one invitation not opened yet.
  const forClient = (data: { clientReview?: "SENT" | "SIGNED"; clientId?: string | null; token?: string; signed?: boolean }) =>
    clientDraft(representative.user.id, applicant, data);
  const clientDraftPreparing = await forClient({});
  const clientDraftInReview = await forClient({ clientReview: "SENT", clientId: applicant.user.id });
  const clientDraftSigned = await forClient({ clientReview: "SIGNED", clientId: applicant.user.id, signed: true });
  const invitationToken = randomToken();
  const invitation = await forClient({ clientReview: "SENT", clientId: null, token: invitationToken });
  const clientDraftDocument = await db().filingDocument.findFirstOrThrow({
    where: { filingId: clientDraftPreparing.id, kind: "identity" },
  });

  return {
    people,
    clientDraftPreparing,
    clientDraftInReview,
    clientDraftSigned,
    clientDraftDocument,
    invitation,
    invitationToken,
    theCase,
    clientsOtherCase,
    othersCase,
    unlinked,
    representation,
    formerRepresentation,
    notice,
    request,
    answeredRequest: answered,
    evidenceDocument,
    thread,
    attachment,
    repThread,
    repAttachment,
    formerRepThread,
    formerRepAttachment,
    accountAccessNotice,
    representativeAccountNumber,
    draft,
    draftDocument,
    submittedFiling,
  };
}

/** A complete, fee-paying I-765 a representative prepared for the client, in the given review state. */
async function clientDraft(
  representativeId: string,
  client: Person,
  data: { clientReview?: "SENT" | "SIGNED"; clientId?: string | null; token?: string; signed?: boolean },
) {
  const filing = await draftFiling(representativeId, "I-765", i765Answers(), { documents: I765_DOCUMENTS, signedAs: false });
  const now = new Date();
  return db().filing.update({
    where: { id: filing.id },
    data: {
      clientName: "Ana Diaz",
      clientEmail: client.user.email,
      clientId: data.clientId ?? null,
      clientReview: data.clientReview ?? null,
      ...(data.clientReview
        ? {
            invitationSentAt: now,
            invitationExpiresAt: new Date(now.getTime() + 14 * 86_400_000),
            invitationTokenHash: data.token ? invitationHash(data.token) : null,
          }
        : {}),
      ...(data.signed
        ? {
            signatureName: "Ana Diaz",
            signedAt: now,
            signatureAddress: "203.0.113.7",
            signatureUserAgent: "client browser",
            g28SignatureName: "Ana Diaz",
            g28SignedAt: now,
          }
        : {}),
    },
  });
}

export type World = Awaited<ReturnType<typeof arrangeWorld>>;

/** An id of the right shape that names nothing. */
export const unknownId = () => randomUUID();

/**
 * Every row of every application table, in one query: what a refused call must leave exactly as it
 * was (counts, every column, updatedAt, the outbox, the audit and security logs, rate-limit counters).
 */
export async function snapshotTables(): Promise<Record<string, string>> {
  const tables = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
    ORDER BY tablename`;
  const quoted = (name: string) => `"public"."${name.replace(/"/g, '""')}"`;
  const sql = tables
    .map(
      ({ tablename }) =>
        `SELECT '${tablename.replace(/'/g, "''")}'::text AS name, COALESCE((SELECT json_agg(t ORDER BY t::text)::text FROM ${quoted(tablename)} t), '[]') AS rows`,
    )
    .join(" UNION ALL ");
  const rows = await db().$queryRawUnsafe<{ name: string; rows: string }[]>(sql);
  return Object.fromEntries(rows.map((row) => [row.name, row.rows]));
}
