// What the officer console shows, arranged for its browser tests: cases in an applicant's account,
// messages waiting for the agency and evidence responses (all through lib, tests/e2e/arrange.ts),
// and failed alerts.
import type { Locator } from "@playwright/test";
import type { Account } from "./accounts";
import { arrange } from "./arrange";
import { createPaperCase, type PaperCase } from "./cases";
import { db } from "./fixtures";

/** A paper case already added to the applicant's account. */
export function ownedCase(account: Pick<Account, "id">, options: { formType?: string; applicantName?: string } = {}): Promise<PaperCase> {
  return createPaperCase({ ...options, ownerId: account.id });
}

/**
 * A thread the applicant started about the case that no officer has answered, waiting since
 * `since`: started with the messages' own function, then moved back in time (the queue is
 * ordered by how long an item has waited).
 */
export async function waitingThread(
  paper: Pick<PaperCase, "receiptNumber">,
  applicantId: string,
  subject: string,
  since: Date,
): Promise<string> {
  const thread = await arrange<{ id: string }>({
    op: "thread",
    receiptNumber: paper.receiptNumber,
    applicantId,
    subject,
    body: "When is my interview?",
  });
  await db(`UPDATE "MessageThread" SET "createdAt" = $2, "lastMessageAt" = $2, "awaitingAgencySince" = $2 WHERE id = $1`, [
    thread.id,
    since,
  ]);
  await db(`UPDATE "Message" SET "createdAt" = $2 WHERE "threadId" = $1`, [thread.id, since]);
  return thread.id;
}

/** A request for evidence the applicant answered (one PDF) at `respondedAt`, not yet reviewed; moved back in time like waitingThread. */
export async function respondedRequest(paper: Pick<PaperCase, "receiptNumber">, ownerId: string, respondedAt: Date): Promise<string> {
  const request = await arrange<{ id: string }>({
    op: "responded-request",
    receiptNumber: paper.receiptNumber,
    ownerId,
    instructions: "A copy of your passport.",
  });
  await db(
    `UPDATE "EvidenceRequest" SET "openedAt" = $2::timestamptz - interval '10 days', "respondedAt" = $2::timestamptz WHERE id = $1`,
    [request.id, respondedAt],
  );
  return request.id;
}

/**
 * A case alert the outbox gave up on after its 12 attempts. Written as the outbox leaves it: there
 * is no quick way to make a real delivery fail twelve times, and the running server's outbox would
 * send a pending row before it could be marked failed.
 */
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

/**
 * The names of `cases` in the order their rows stand in the work queue (`rows`), leaving out the
 * rows of other tests' cases.
 */
export async function queueOrder(rows: Locator, cases: Record<string, Pick<PaperCase, "receiptNumber">>): Promise<string[]> {
  const texts = await rows.allInnerTexts();
  return texts.flatMap((text) => Object.keys(cases).filter((name) => text.includes(cases[name].receiptNumber)));
}
