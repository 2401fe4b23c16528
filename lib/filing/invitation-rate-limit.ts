import "server-only";
import type { Tx } from "../db";
import { msg } from "../i18n/message-ref";
import { hitRateLimit } from "../rate-limit/hit-rate-limit";
import { fail, type ActionError } from "../result";
import { POLICY } from "../security-policy";

const HOUR = 3_600_000;

/**
 * Counts one invitation about to be emailed for `filingId`; the refusal when the form or the
 * representative has sent too many this hour, so the portal cannot be made to mail an address over
 * and over. Called after the form passed its checks, so a form that is not ready uses up nothing.
 */
export async function refuseTooManyInvitations(tx: Tx, representativeId: string, filingId: string): Promise<ActionError | null> {
  const { clientInvitationsPerFilingPerHour: perFiling, clientInvitationsPerRepresentativePerHour: perRepresentative } = POLICY.rateLimits;
  if (!(await hitRateLimit(`client-invitation:filing:${filingId}`, perFiling, HOUR, tx)).allowed) {
    return fail("rate_limited", msg("clientReview.errors.tooManySendsOfForm", { max: perFiling }));
  }
  if (!(await hitRateLimit(`client-invitation:representative:${representativeId}`, perRepresentative, HOUR, tx)).allowed) {
    return fail("rate_limited", msg("clientReview.errors.tooManySends", { max: perRepresentative }));
  }
  return null;
}
