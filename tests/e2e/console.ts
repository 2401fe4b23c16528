// Rows the officer console shows, made straight in the database for its browser tests: cases in an
// applicant's account, messages waiting for the agency, evidence responses and failed alerts.
import type { Account } from "./accounts";
import { createPaperCase, type PaperCase } from "./cases";
import { db } from "./fixtures";

/** A paper case already added to the applicant's account. */
export async function ownedCase(account: Pick<Account, "id">, options: { formType?: string; applicantName?: string } = {}): Promise<PaperCase> {
  const paper = await createPaperCase(options);
  await db('UPDATE "Case" SET "ownerId" = $1, "linkedAt" = now(), "accessCodeUsedAt" = now() WHERE id = $2', [account.id, paper.id]);
  return paper;
}

/** A thread the applicant started that no officer has answered, waiting since `since`. */
export async function waitingThread(caseId: string, applicantId: string, subject: string, since: Date): Promise<string> {
  const [thread] = await db<{ id: string }>(
    `INSERT INTO "MessageThread" (id, "caseId", "applicantId", subject, "createdAt", "lastMessageAt", "awaitingAgencySince")
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $4, $4) RETURNING id`,
    [caseId, applicantId, subject, since],
  );
  await db(`INSERT INTO "Message" (id, "threadId", "authorId", "authorRole", body, "createdAt") VALUES (gen_random_uuid(), $1, $2, 'APPLICANT', 'When is my interview?', $3)`, [
    thread.id,
    applicantId,
    since,
  ]);
  return thread.id;
}

/** A request for evidence the applicant has answered at `respondedAt`, not yet reviewed. */
export async function respondedRequest(caseId: string, respondedAt: Date): Promise<string> {
  const [request] = await db<{ id: string }>(
    `INSERT INTO "EvidenceRequest" (id, "caseId", instructions, "openedAt", "dueAt", "respondedAt")
     VALUES (gen_random_uuid(), $1, 'A copy of your passport.', $2::timestamptz - interval '10 days', $2::timestamptz + interval '20 days', $2::timestamptz) RETURNING id`,
    [caseId, respondedAt],
  );
  return request.id;
}

/** A case alert the outbox gave up on. */
export async function failedAlert(caseId: string, to: string): Promise<string> {
  const [row] = await db<{ id: string }>(
    `INSERT INTO "OutboundMessage" (id, channel, "to", template, subject, body, status, attempts, "nextAttemptAt", "lastError", "caseId", "createdAt")
     VALUES (gen_random_uuid(), 'EMAIL', $1, 'case-update', 'Your case was updated', 'Sign in to see what changed.', 'FAILED', 12, now(), 'connect ECONNREFUSED 127.0.0.1:1', $2, now()) RETURNING id`,
    [to, caseId],
  );
  return row.id;
}

/** The audit rows an officer left, oldest first. */
export async function auditOf(officerId: string): Promise<{ action: string; caseId: string | null }[]> {
  return db(`SELECT action, "caseId" FROM "AuditLog" WHERE "actorId" = $1 ORDER BY at, id`, [officerId]);
}
