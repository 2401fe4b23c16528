// Paper-filed cases for browser tests, made by the agency's own intake function (through
// tests/e2e/arrange.ts), optionally already added to an applicant's account with their code.
import { arrange } from "./arrange";

export type PaperCase = { id: string; receiptNumber: string; accessCode: string };

export function createPaperCase(
  options: { formType?: string; applicantName?: string; receivedDaysAgo?: number; ownerId?: string } = {},
): Promise<PaperCase> {
  return arrange<PaperCase>({ op: "paper-case", ...options });
}

/** A new status on the case now, as the agency adds it. */
export async function addStatus(receiptNumber: string, status: string): Promise<void> {
  await arrange({ op: "add-status", receiptNumber, status });
}

export type CaseWithRequest = { caseId: string; receiptNumber: string; requestId: string };

/** A paper case already in the person's account, with an open request for evidence. */
export async function caseWithOpenRequest(
  ownerId: string,
  instructions = "A copy of your marriage certificate and a recent photo.",
): Promise<CaseWithRequest> {
  const paper = await createPaperCase({ receivedDaysAgo: 60, ownerId });
  const request = await arrange<{ id: string }>({ op: "open-request", receiptNumber: paper.receiptNumber, instructions });
  return { caseId: paper.id, receiptNumber: paper.receiptNumber, requestId: request.id };
}
