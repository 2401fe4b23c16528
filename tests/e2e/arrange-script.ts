// Arranges cases, notices, requests for evidence, messages and officers for the browser tests
// through the portal's own lib functions (the same the agency command and the pages use), against
// the run's database. Started once per Playwright worker by tests/e2e/arrange.ts as
//   tsx --conditions=react-server tests/e2e/arrange-script.ts
// it reads one JSON request a line ({ id, op, ...args }) and answers one JSON line ({ id, result }
// or { id, error }); it ends when its input closes. (One process per request would spend most of a
// test starting tsx and lib.)
import readline from "node:readline";
import { inviteOfficer } from "../../lib/agency/invite-officer";
import { addStatusEvent, createPaperCase, issueNotice, openEvidenceRequest } from "../../lib/cases/agency-operations";
import type { OfficeCode } from "../../lib/appointments/offices";
import { linkPaperCase, zLinkPaperCase } from "../../lib/cases/link-paper-case";
import { db } from "../../lib/db";
import { actorOf } from "../../lib/auth/roles";
import { submitEvidenceResponse, zSubmitEvidenceResponse } from "../../lib/evidence/submit-evidence-response";
import { uploadEvidence, zUploadEvidence } from "../../lib/evidence/upload-evidence";
import { prepareEnvironment } from "../../lib/env/prepare";
import { startThread, zStartThread } from "../../lib/messages/start-thread";
import { submitFiling } from "../../lib/filing/submit-filing";
import { sessionFor } from "../support/factories";
import { draftFiling, fillForm, I765_FEE_PAYING, payment, requiredKinds } from "../support/filing-factories";
import { I765_DOCUMENTS, i765Answers } from "../support/payment-factories";
import { PDF } from "../support/test-data";

export type ArrangeOp =
  | { op: "paper-case"; formType?: string; applicantName?: string; receivedDaysAgo?: number; ownerId?: string }
  | { op: "add-status"; receiptNumber: string; status: string }
  | { op: "open-request"; receiptNumber: string; instructions: string; dueInDays?: number }
  | { op: "office-appointment"; receiptNumber: string; kind: "INTERVIEW" | "BIOMETRICS_APPOINTMENT"; at: string; office: OfficeCode }
  | { op: "thread"; receiptNumber: string; applicantId: string; subject: string; body: string; attachment?: string }
  | { op: "responded-request"; receiptNumber: string; ownerId: string; instructions: string }
  | { op: "invite-officer"; email: string }
  | { op: "submitted-filing"; ownerId: string }
  | { op: "signed-i765-draft"; ownerId: string; answers?: Record<string, string>; signed?: boolean };

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
      const created = await createPaperCase({
        formType: request.formType ?? "I-130",
        applicantName: request.applicantName ?? "Ana Diaz",
        receivedAt,
      });
      // Into the account the way a person adds it: the receipt number and the Online Access Code.
      if (request.ownerId)
        ok(
          await linkPaperCase(
            { id: request.ownerId },
            zLinkPaperCase.parse({ receiptNumber: created.receiptNumber, accessCode: created.accessCode }),
            quiet,
          ),
          "linkPaperCase",
        );
      return { id: created.id, receiptNumber: created.receiptNumber, accessCode: created.accessCode };
    }
    case "add-status":
      await addStatusEvent(request.receiptNumber, request.status);
      return {};
    case "office-appointment":
      return issueNotice(request.receiptNumber, request.kind, { appointmentAt: new Date(request.at), office: request.office });
    case "open-request":
      return openEvidenceRequest(request.receiptNumber, {
        instructions: request.instructions,
        dueAt: new Date(Date.now() + (request.dueInDays ?? 30) * DAY),
      });
    case "thread": {
      const session = await sessionFor(request.applicantId, "FULL");
      const started = ok(
        await startThread(
          session,
          zStartThread.parse({
            receiptNumber: request.receiptNumber,
            subject: request.subject,
            body: request.body,
            files: request.attachment ? [new File([new Uint8Array(PDF)], request.attachment, { type: "application/pdf" })] : [],
          }),
        ),
        "startThread",
      );
      return { id: started.threadId };
    }
    case "responded-request": {
      const { id: requestId } = await openEvidenceRequest(request.receiptNumber, {
        instructions: request.instructions,
        dueAt: new Date(Date.now() + 30 * DAY),
      });
      const owner = actorOf(await sessionFor(request.ownerId, "FULL"));
      const file = new File([new Uint8Array(PDF)], "passport.pdf", { type: "application/pdf" });
      ok(await uploadEvidence(owner, zUploadEvidence.parse({ receiptNumber: request.receiptNumber, requestId, file })), "uploadEvidence");
      ok(
        await submitEvidenceResponse(
          owner,
          zSubmitEvidenceResponse.parse({ receiptNumber: request.receiptNumber, requestId, confirm: "yes" }),
        ),
        "submitEvidenceResponse",
      );
      return { id: requestId };
    }
    case "submitted-filing": {
      // A signed I-765 in a fee-paying category, its documents uploaded and its fee paid, submitted.
      const answers = fillForm("I-765", I765_FEE_PAYING);
      const filing = await draftFiling(request.ownerId, "I-765", answers, { documents: requiredKinds("I-765", answers) });
      const paid = await payment(filing.id, 26_000);
      const submitted = ok(await submitFiling(filing.id, { paymentId: paid.id }), "submitFiling");
      return { filingId: filing.id, receiptNumber: submitted.receiptNumber, confirmationNumber: submitted.confirmationNumber };
    }
    case "invite-officer": {
      const invited = await inviteOfficer(request.email);
      return { link: invited.link };
    }
    case "signed-i765-draft": {
      // Complete, with its documents, and signed (unless signed: false): what the pay page needs.
      const options = { documents: I765_DOCUMENTS, ...(request.signed === false ? { signedAs: false as const } : {}) };
      return { id: (await draftFiling(request.ownerId, "I-765", i765Answers(request.answers), options)).id };
    }
  }
}

await prepareEnvironment();
const lines = readline.createInterface({ input: process.stdin });
// One request at a time, in order (the embedded database serves one connection).
let queue = Promise.resolve();
lines.on("line", (line) => {
  queue = queue.then(async () => {
    const { id, ...request } = JSON.parse(line) as ArrangeOp & { id: number };
    try {
      process.stdout.write(`${JSON.stringify({ id, result: (await run(request)) ?? {} })}\n`);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ id, error: (error as Error).stack ?? String(error) })}\n`);
    }
  });
});
lines.on("close", () => {
  void queue.then(async () => {
    await db()
      .$disconnect()
      .catch(() => {});
    process.exit(0);
  });
});
