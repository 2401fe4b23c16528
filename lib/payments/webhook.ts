import "server-only";
import type Stripe from "stripe";
import { db, type Tx } from "../db";
import { submitFiling } from "../filing/submit-filing";
import { addJob } from "../jobs/add-job";
import { logger } from "../logger";
import { PAYMENT_MESSAGES } from "./checkout-sessions";
import { stripeClient, stripeSettings } from "./stripe-client";
import { SUBMIT_PAID_FILING_ATTEMPTS, SUBMIT_PAID_FILING_DELAY_MS, submitPaidFilingJobKey } from "./submit-paid-filing";

// Stripe's events about Checkout Sessions (POST /api/payments/webhook). The signature is checked by
// the SDK with STRIPE_WEBHOOK_SECRET before anything is read; a bad one changes nothing (400).
// Each event is claimed once (StripeEvent, in the same transaction as the payment's change), so a
// replayed or concurrent delivery of the same event does nothing; the payment row is locked while
// it changes. A paid session marks its Payment PAID and submits the filing, whose own conditional
// claim (submitFiling) makes sure it is filed once; a job added with the payment files it later if
// this try never happened (lib/payments/submit-paid-filing.ts). An event for a session the portal
// did not start is logged and answered 200 (Stripe stops retrying) with nothing changed.

export type WebhookAnswer = { status: number; body: Record<string, unknown> };

/**
 * The "error" of an answer Stripe's servers get back: kept in their delivery log for the operator,
 * never shown to an applicant in the portal, so always in English and not in the catalogs.
 */
export const STRIPE_REFUSALS = {
  badSignature: "The signature of this event is not valid.",
  tryLater: "Not handled now; send it again later.",
} as const;

type Claimed = { kind: "duplicate" } | { kind: "unknown" } | { kind: "done"; paymentId: string; filingId: string; submit: boolean };

class UnknownSession extends Error {}

async function lockedPayment(tx: Tx, sessionId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM "Payment" WHERE "stripeCheckoutSessionId" = ${sessionId} FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.payment.findUniqueOrThrow({
    where: { id: rows[0].id },
    select: { id: true, filingId: true, status: true, amountCents: true, filing: { select: { status: true } } },
  });
}

/**
 * Claims the event and applies `change` to the session's payment, all in one transaction; an
 * unknown session undoes the claim.
 */
async function claimAndApply(
  event: Stripe.Event,
  sessionId: string,
  change: (payment: NonNullable<Awaited<ReturnType<typeof lockedPayment>>>, tx: Tx) => Promise<boolean>,
): Promise<Claimed> {
  try {
    return await db().$transaction(async (tx) => {
      const claim = await tx.stripeEvent.createMany({ data: [{ id: event.id, type: event.type }], skipDuplicates: true });
      if (claim.count === 0) return { kind: "duplicate" } as const;
      const payment = await lockedPayment(tx, sessionId);
      if (!payment) throw new UnknownSession();
      const submit = await change(payment, tx);
      return { kind: "done", paymentId: payment.id, filingId: payment.filingId, submit } as const;
    });
  } catch (error) {
    if (error instanceof UnknownSession) return { kind: "unknown" };
    throw error;
  }
}

async function sessionPaid(event: Stripe.Event, session: Stripe.Checkout.Session): Promise<WebhookAnswer> {
  const intentId = typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null);
  const claimed = await claimAndApply(event, session.id, async (payment, tx) => {
    if (payment.amountCents !== session.amount_total) {
      logger.error(
        { eventId: event.id, paymentId: payment.id, expected: payment.amountCents, paid: session.amount_total },
        "Stripe reports a paid amount different from the fee recorded",
      );
    }
    if (payment.status !== "PAID") {
      await tx.payment.update({
        where: { id: payment.id },
        data: { status: "PAID", paidAt: new Date(), stripePaymentIntentId: intentId, failureMessage: null },
      });
    }
    if (payment.filing.status !== "DRAFT") return false;
    await addJob(
      tx,
      "submit-paid-filing",
      { filingId: payment.filingId },
      {
        runAt: new Date(Date.now() + SUBMIT_PAID_FILING_DELAY_MS),
        jobKey: submitPaidFilingJobKey(payment.filingId),
        maxAttempts: SUBMIT_PAID_FILING_ATTEMPTS,
      },
    );
    return true;
  });
  if (claimed.kind !== "done") return answerFor(claimed, event, session.id);
  if (!claimed.submit) return { status: 200, body: { received: true } };
  try {
    const result = await submitFiling(claimed.filingId, { paymentId: claimed.paymentId });
    if (!result.ok && result.code !== "already_submitted") {
      // Paid, yet the filing cannot be filed as it is: someone has to look at it (a retry would not help).
      logger.error(
        { eventId: event.id, filingId: claimed.filingId, code: result.code },
        `A paid filing was not submitted: ${result.message}`,
      );
    }
    return { status: 200, body: { received: true, submitted: result.ok } };
  } catch (error) {
    // Let Stripe's retry of this very event try again: the claim is released, the payment stays PAID.
    await db().stripeEvent.deleteMany({ where: { id: event.id } });
    throw error;
  }
}

async function sessionFailed(event: Stripe.Event, session: Stripe.Checkout.Session, message: string): Promise<WebhookAnswer> {
  const claimed = await claimAndApply(event, session.id, async (payment, tx) => {
    if (payment.status === "OPEN")
      await tx.payment.update({ where: { id: payment.id }, data: { status: "FAILED", failureMessage: message } });
    return false;
  });
  return answerFor(claimed, event, session.id);
}

function answerFor(claimed: Claimed, event: Stripe.Event, sessionId: string): WebhookAnswer {
  if (claimed.kind === "unknown") {
    logger.warn(
      { eventId: event.id, type: event.type, sessionId },
      "Stripe event for a Checkout Session this portal did not start; nothing changed",
    );
    return { status: 200, body: { received: true, unknownSession: true } };
  }
  if (claimed.kind === "duplicate") return { status: 200, body: { received: true, duplicate: true } };
  return { status: 200, body: { received: true } };
}

/** One verified event. */
export async function handleStripeEvent(event: Stripe.Event): Promise<WebhookAnswer> {
  switch (event.type) {
    case "checkout.session.completed":
    case "checkout.session.async_payment_succeeded": {
      const session = event.data.object;
      // A completed session whose payment is still on its way (bank debits) says so later.
      if (session.payment_status !== "paid") return { status: 200, body: { received: true, pending: true } };
      return sessionPaid(event, session);
    }
    case "checkout.session.expired":
      return sessionFailed(event, event.data.object, PAYMENT_MESSAGES.expired);
    case "checkout.session.async_payment_failed":
      return sessionFailed(event, event.data.object, PAYMENT_MESSAGES.asyncFailed);
    default:
      return { status: 200, body: { received: true, ignored: event.type } };
  }
}

/** The raw request body and its Stripe-Signature header: verified, then handled. */
export async function receiveStripeWebhook(
  payload: string,
  signature: string | null,
  requestId: string | null = null,
): Promise<WebhookAnswer> {
  const { webhookSecret } = stripeSettings();
  let event: Stripe.Event;
  try {
    if (!signature || !webhookSecret) throw new Error("no signature or no webhook secret");
    event = stripeClient().webhooks.constructEvent(payload, signature, webhookSecret);
  } catch (error) {
    logger.warn({ requestId, reason: error instanceof Error ? error.message : String(error) }, "Stripe webhook refused: bad signature");
    return { status: 400, body: { error: STRIPE_REFUSALS.badSignature } };
  }
  return handleStripeEvent(event);
}
