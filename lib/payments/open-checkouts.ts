import { msg } from "@/lib/i18n/message-ref";
import "server-only";
import { db, type Tx } from "../db";
import { fail, type ActionError } from "../result";
import { closeSession, PAYMENT_MESSAGES, stripeUnreachable } from "./checkout-sessions";

// A filing is paid for as it stands: its answers and documents do not change, and it is not deleted,
// while a payment can still land on it. Before such a change, every payment page still open for
// it is closed at Stripe (it can then no longer be paid); inside the change's transaction, with the
// filing locked, paymentBlocksChange has the last word (a page opened meanwhile in another window,
// or a payment made). startPayment records a new attempt only under the same lock.

const UNDER_WAY = { in: ["OPEN" as const, "PAID" as const] };

export const CHANGE_REFUSALS = {
  paid: msg("filing.errors.feePaidNoChanges"),
  open: msg("filing.errors.paymentUnderWay"),
  unreachable: msg("filing.errors.paymentPageNotClosed"),
} as const;

/** Closes the owner's open payment pages for a filing; a refusal when the fee was paid (then nothing may change). */
export async function closeOpenCheckouts(ownerId: string, filingId: string): Promise<ActionError | null> {
  const payments = await db().payment.findMany({
    where: { filingId, filing: { ownerId }, status: UNDER_WAY },
    select: { id: true, status: true, stripeCheckoutSessionId: true },
  });
  if (payments.some((payment) => payment.status === "PAID")) return fail("not_allowed", CHANGE_REFUSALS.paid);
  for (const payment of payments) {
    let closed: Awaited<ReturnType<typeof closeSession>>;
    try {
      closed = await closeSession(payment.stripeCheckoutSessionId);
    } catch (error) {
      // The page could still be paid: the form stays as it is until it can be closed.
      if (stripeUnreachable(error)) return fail("service_unavailable", CHANGE_REFUSALS.unreachable);
      throw error;
    }
    if (closed === "paid") return fail("not_allowed", CHANGE_REFUSALS.paid);
    // Stripe's "expired" event for this close may have been handled already (it can arrive before
    // Stripe's answer): the reason the person is told is still that the form changed.
    await db().payment.updateMany({
      where: { id: payment.id, status: { in: ["OPEN", "FAILED"] } },
      data: { status: "FAILED", failureMessage: PAYMENT_MESSAGES.formChanged },
    });
  }
  return null;
}

/** With the filing locked: a refusal when a payment is still open or made for it. */
export async function paymentBlocksChange(tx: Tx, filingId: string): Promise<ActionError | null> {
  const payments = await tx.payment.findMany({ where: { filingId, status: UNDER_WAY }, select: { status: true } });
  if (payments.length === 0) return null;
  return fail("not_allowed", payments.some((p) => p.status === "PAID") ? CHANGE_REFUSALS.paid : CHANGE_REFUSALS.open);
}
