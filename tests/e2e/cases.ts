// Paper-filed cases made straight in the database for browser tests, the way the agency's intake
// makes them (lib/cases/agency-operations.ts cannot be imported here: it is server-only). The code
// is hashed with the portal's own keyed hash, so a wrong purpose or secret would fail the link.
import { randomInt } from "node:crypto";
import { portalEnv } from "./e2e-env";
import { db } from "./fixtures";

export type PaperCase = { id: string; receiptNumber: string; accessCode: string };

async function tokens() {
  Object.assign(process.env, { ...portalEnv("postgresql://unused"), NODE_ENV: "test" });
  return import("../../lib/crypto/tokens");
}

export async function createPaperCase(options: { formType?: string; applicantName?: string; receivedDaysAgo?: number } = {}): Promise<PaperCase> {
  const { keyedHash, randomCrockford } = await tokens();
  const raw = randomCrockford(12);
  const receiptNumber = `EAC26${String(randomInt(1, 250)).padStart(3, "0")}${String(randomInt(0, 100_000)).padStart(5, "0")}`;
  const receivedAt = new Date(Date.now() - (options.receivedDaysAgo ?? 3) * 86_400_000);
  const [row] = await db<{ id: string }>(
    `INSERT INTO "Case" (id, "receiptNumber", "formType", "applicantName", status, "statusChangedAt", "submittedAt", "accessCodeHash", "accessCodeExpiresAt", "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, $3, 'Case Was Received', $4, $4, $5, now() + interval '90 days', now()) RETURNING id`,
    [receiptNumber, options.formType ?? "I-130", options.applicantName ?? "Ana Diaz", receivedAt, keyedHash(raw, "online-access-code")],
  );
  await db(`INSERT INTO "CaseEvent" (id, "caseId", status, at) VALUES (gen_random_uuid(), $1, 'Case Was Received', $2)`, [row.id, receivedAt]);
  await db(`INSERT INTO "Notice" (id, "caseId", kind, "issuedAt") VALUES (gen_random_uuid(), $1, 'RECEIPT', $2), (gen_random_uuid(), $1, 'ACCOUNT_ACCESS', $2)`, [row.id, receivedAt]);
  return { id: row.id, receiptNumber, accessCode: raw.match(/.{4}/g)!.join("-") };
}

/** A new status on the case now, as the agency would add it. */
export async function addStatus(caseId: string, status: string): Promise<void> {
  await db(`INSERT INTO "CaseEvent" (id, "caseId", status, at) VALUES (gen_random_uuid(), $1, $2, now())`, [caseId, status]);
  await db(`UPDATE "Case" SET status = $2, "statusChangedAt" = now(), "updatedAt" = now() WHERE id = $1`, [caseId, status]);
}

export type CaseWithRequest = { caseId: string; receiptNumber: string; requestId: string };

/** A paper case already in the person's account, with an open request for evidence. */
export async function caseWithOpenRequest(ownerId: string, instructions = "A copy of your marriage certificate and a recent photo."): Promise<CaseWithRequest> {
  const paper = await createPaperCase({ receivedDaysAgo: 60 });
  await db(`UPDATE "Case" SET "ownerId" = $2, "linkedAt" = now(), "accessCodeUsedAt" = now(), "actionRequired" = true WHERE id = $1`, [paper.id, ownerId]);
  await addStatus(paper.id, "Request for Additional Evidence Was Sent");
  const [request] = await db<{ id: string }>(
    `INSERT INTO "EvidenceRequest" (id, "caseId", instructions, "openedAt", "dueAt") VALUES (gen_random_uuid(), $1, $2, now(), now() + interval '30 days') RETURNING id`,
    [paper.id, instructions],
  );
  return { caseId: paper.id, receiptNumber: paper.receiptNumber, requestId: request.id };
}
