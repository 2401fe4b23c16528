// Cases with an open request for evidence, arranged straight in the run's database for journeys
// that start on the response page (the agency's own operations are tested in lib/cases).
import { db } from "./fixtures";

export type CaseWithRequest = { caseId: string; receiptNumber: string; requestId: string };

export async function caseWithOpenRequest(ownerId: string, instructions = "A copy of your marriage certificate and a recent photo."): Promise<CaseWithRequest> {
  const receiptNumber = `EAC26${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  const [row] = await db<{ id: string }>(
    `INSERT INTO "Case" (id, "receiptNumber", "formType", "applicantName", "ownerId", status, "statusChangedAt", "submittedAt", "actionRequired", "updatedAt")
     VALUES (gen_random_uuid(), $1, 'I-130', 'Ana Diaz', $2, 'Request for Additional Evidence Was Sent', now(), now() - interval '60 days', true, now()) RETURNING id`,
    [receiptNumber, ownerId],
  );
  await db(`INSERT INTO "CaseEvent" (id, "caseId", status, at) VALUES (gen_random_uuid(), $1, 'Case Was Received', now() - interval '60 days'), (gen_random_uuid(), $1, 'Request for Additional Evidence Was Sent', now())`, [row.id]);
  const [request] = await db<{ id: string }>(
    `INSERT INTO "EvidenceRequest" (id, "caseId", instructions, "openedAt", "dueAt") VALUES (gen_random_uuid(), $1, $2, now(), now() + interval '30 days') RETURNING id`,
    [row.id, instructions],
  );
  return { caseId: row.id, receiptNumber, requestId: request.id };
}
