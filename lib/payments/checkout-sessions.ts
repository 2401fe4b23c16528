import { msg } from "@/lib/i18n/message-ref";
import "server-only";
import Stripe from "stripe";
import { env } from "../env";
import { stripeClient } from "./stripe-client";

// The Checkout Session calls the portal makes, through the SDK (Stripe, or the stand-in).

export const PAYMENT_MESSAGES = {
  expired: msg("payments.errors.expired"),
  left: msg("payments.errors.left"),
  asyncFailed: msg("payments.errors.asyncFailed"),
  feeChanged: msg("payments.errors.feeChanged"),
  formChanged: msg("payments.errors.formChanged"),
  unavailable: msg("payments.errors.unavailable"),
} as const;

/** Stripe (or the stand-in) did not answer, or answered with its own failure: no decision was made there. */
export function stripeUnreachable(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeConnectionError || error instanceof Stripe.errors.StripeAPIError;
}

/** What a declined card says, as Stripe words it, and that no money moved. */
export function declinedMessage(stripeMessage: string): string {
  const sentence = stripeMessage.trim().replace(/([^.!?])$/, "$1.");
  return msg("payments.errors.declined", { reason: sentence });
}

export function payPath(filingId: string): string {
  return `/file/${filingId}/pay`;
}

export function returnPath(filingId: string): string {
  return `/file/${filingId}/pay/return`;
}

export type SessionState = {
  status: "open" | "complete" | "expired" | "missing";
  paid: boolean;
  /** The last decline on this session (Stripe's words), while it is still open. */
  lastError: string | null;
};

/** The session as Stripe has it now; "missing" when Stripe does not know it (a stand-in restarted). */
export async function sessionState(sessionId: string): Promise<SessionState> {
  try {
    const session = await stripeClient().checkout.sessions.retrieve(sessionId, { expand: ["payment_intent"] });
    const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
    return {
      status: session.status === "complete" ? "complete" : session.status === "expired" ? "expired" : "open",
      paid: session.payment_status === "paid",
      lastError: intent?.last_payment_error?.message ?? null,
    };
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === "resource_missing") {
      return { status: "missing", paid: false, lastError: null };
    }
    throw error;
  }
}

/**
 * Closes a session so it can no longer be paid. Stripe refuses to expire a session that is already
 * complete: then it was paid (or a bank debit is on its way), and the answer is "paid".
 */
export async function closeSession(sessionId: string): Promise<"closed" | "paid"> {
  try {
    await stripeClient().checkout.sessions.expire(sessionId);
    return "closed";
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
  }
  return (await sessionState(sessionId)).status === "complete" ? "paid" : "closed";
}

export type NewSession = { id: string; url: string };

export async function createCheckoutSession(input: {
  filingId: string;
  formType: string;
  formTitle: string;
  amountCents: number;
  attempt: number;
  idempotencyKey: string;
  email: string | null;
}): Promise<NewSession> {
  const appUrl = env().APP_URL.replace(/\/$/, "");
  const session = await stripeClient().checkout.sessions.create(
    {
      mode: "payment",
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: "usd",
            unit_amount: input.amountCents,
            product_data: { name: `Form ${input.formType} filing fee`, description: input.formTitle },
          },
        },
      ],
      client_reference_id: input.filingId,
      metadata: { filingId: input.filingId, formType: input.formType, attempt: String(input.attempt) },
      payment_intent_data: { metadata: { filingId: input.filingId, formType: input.formType } },
      ...(input.email ? { customer_email: input.email } : {}),
      success_url: `${appUrl}${returnPath(input.filingId)}?session_id={CHECKOUT_SESSION_ID}`,
      cancel_url: `${appUrl}${payPath(input.filingId)}?returned=1`,
    },
    { idempotencyKey: input.idempotencyKey },
  );
  if (!session.url) throw new Error(`Checkout Session ${session.id} came back without a payment page URL`);
  return { id: session.id, url: session.url };
}
