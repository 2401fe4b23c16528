import "server-only";
import { db } from "../db";
import { submitFiling } from "../filing/submit-filing";

// The webhook files a paid form at once; this job, added in the same transaction as the payment
// being marked PAID, files it again a little later in case that try never ran (the process died in
// between, and Stripe's next delivery of the event finds it claimed). Filing twice is impossible
// (submitFiling's conditional claim), so a form filed already is simply left as it is. A paid form
// that cannot be filed throws: the queue retries it, then lists it for officers with failed jobs.

export const SUBMIT_PAID_FILING_DELAY_MS = 2 * 60_000;
export const SUBMIT_PAID_FILING_ATTEMPTS = 10;

export const submitPaidFilingJobKey = (filingId: string) => `submit-paid-filing:${filingId}`;

export async function submitPaidFiling(filingId: string): Promise<"submitted" | "nothing to do"> {
  const payment = await db().payment.findFirst({
    where: { filingId, status: "PAID", filing: { status: "DRAFT" } },
    orderBy: { paidAt: "desc" },
    select: { id: true },
  });
  if (!payment) return "nothing to do";
  const result = await submitFiling(filingId, { paymentId: payment.id });
  if (result.ok) return "submitted";
  if (result.code === "already_submitted") return "nothing to do";
  throw new Error(`The paid filing ${filingId} could not be filed (${result.code}); it needs an officer.`);
}
