// Arranges cases, notices, requests for evidence and messages for the browser tests through the
// portal's own lib functions (the same the agency command and the pages use), against the run's
// database. Run by tests/e2e/arrange.ts as
//   tsx --conditions=react-server tests/e2e/arrange-script.ts '<json: { op, ...args }>'
// and prints one line of JSON with the result.
import { addStatusEvent, createPaperCase, openEvidenceRequest } from "../../lib/cases/agency-operations";
import { linkPaperCase } from "../../lib/cases/link-paper-case";
import { db } from "../../lib/db";
import { submitEvidenceResponse } from "../../lib/evidence/submit-evidence-response";
import { uploadEvidence } from "../../lib/evidence/upload-evidence";
import { prepareEnvironment } from "../../lib/env/prepare";
import { startThread } from "../../lib/messages/start-thread";
import { sessionFor } from "../support/factories";
import { PDF } from "../support/test-data";

export type ArrangeOp =
  | { op: "paper-case"; formType?: string; applicantName?: string; receivedDaysAgo?: number; ownerId?: string }
  | { op: "add-status"; receiptNumber: string; status: string }
  | { op: "open-request"; receiptNumber: string; instructions: string; dueInDays?: number }
  | { op: "thread"; receiptNumber: string; applicantId: string; subject: string; body: string }
  | { op: "responded-request"; receiptNumber: string; ownerId: string; instructions: string };

const DAY = 86_400_000;
const quiet = { ip: null, userAgent: "browser-test arrangement" };

function ok<T extends { ok: boolean }>(result: T, what: string): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

async function run(request: ArrangeOp): Promise<unknown> {
  switch (request.op) {
    case "paper-case": {
      const receivedAt = new Date(Date.now() - (request.receivedDaysAgo ?? 3) * DAY);
      const created = await createPaperCase({ formType: request.formType ?? "I-130", applicantName: request.applicantName ?? "Ana Diaz", receivedAt });
      // Into the account the way a person adds it: the receipt number and the Online Access Code.
      if (request.ownerId) ok(await linkPaperCase(request.ownerId, { receiptNumber: created.receiptNumber, accessCode: created.accessCode }, quiet), "linkPaperCase");
      return { id: created.id, receiptNumber: created.receiptNumber, accessCode: created.accessCode };
    }
    case "add-status":
      await addStatusEvent(request.receiptNumber, request.status);
      return {};
    case "open-request":
      return openEvidenceRequest(request.receiptNumber, { instructions: request.instructions, dueAt: new Date(Date.now() + (request.dueInDays ?? 30) * DAY) });
    case "thread": {
      const session = await sessionFor(request.applicantId, "FULL");
      const started = ok(await startThread(session, { receiptNumber: request.receiptNumber, subject: request.subject, body: request.body }), "startThread");
      return { id: started.threadId };
    }
    case "responded-request": {
      const { id: requestId } = await openEvidenceRequest(request.receiptNumber, { instructions: request.instructions, dueAt: new Date(Date.now() + 30 * DAY) });
      const session = await sessionFor(request.ownerId, "FULL");
      const file = new File([new Uint8Array(PDF)], "passport.pdf", { type: "application/pdf" });
      ok(await uploadEvidence(session, { receiptNumber: request.receiptNumber, requestId, file }), "uploadEvidence");
      ok(await submitEvidenceResponse(session, { receiptNumber: request.receiptNumber, requestId, confirmed: "yes" }), "submitEvidenceResponse");
      return { id: requestId };
    }
  }
}

await prepareEnvironment();
try {
  const result = await run(JSON.parse(process.argv[2] ?? "{}") as ArrangeOp);
  console.log(JSON.stringify(result ?? {}));
} finally {
  await db().$disconnect().catch(() => {});
}
process.exit(0);
