import "server-only";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import type { Fee } from "../filing/definition";
import { isId } from "../ids";
import { logger } from "../logger";
import { declinedMessage, PAYMENT_MESSAGES, sessionState } from "./checkout-sessions";
import { payability } from "./payable-filing";
import { stripeSettings } from "./stripe-client";

// What the pay page and the page Stripe sends people back to show. Reading only: Stripe is asked
// how the attempt under way stands, nothing is written.

export type PayPageView =
  | { kind: "not_found" }
  | { kind: "submitted" | "unsigned" | "no_fee"; filingId: string }
  | { kind: "not_ready"; filingId: string; missing: string[] }
  | { kind: "paid"; filingId: string }
  | {
      kind: "pay";
      filingId: string;
      formType: string;
      formTitle: string;
      fee: Fee;
      /** What happened to the last attempt, in plain words, when it did not end in a payment. */
      problem: string | null;
      /** No money moves: the local stand-in answers instead of Stripe. */
      testMode: boolean;
    };

/** `returned`: the person came back from the payment page without paying (Stripe's cancel link). */
export async function payPageView(actor: Actor, filingId: string, returned: boolean, now: Date = new Date()): Promise<PayPageView> {
  const state = await payability(actor, filingId, now);
  if (state.kind === "not_found") return state;
  const id = state.filing.id;
  if (state.kind === "not_ready") return { kind: "not_ready", filingId: id, missing: state.missing };
  if (state.kind !== "payable") return { kind: state.kind, filingId: id };

  const latest = await db().payment.findFirst({ where: { filingId: id }, orderBy: { createdAt: "desc" } });
  if (latest?.status === "PAID") return { kind: "paid", filingId: id };
  let problem: string | null = latest?.status === "FAILED" ? latest.failureMessage || PAYMENT_MESSAGES.expired : null;
  if (latest?.status === "OPEN") {
    try {
      const session = await sessionState(latest.stripeCheckoutSessionId);
      if (session.status === "complete" && session.paid) return { kind: "paid", filingId: id };
      if (session.status === "expired" || session.status === "missing") problem = PAYMENT_MESSAGES.expired;
      else if (session.lastError) problem = declinedMessage(session.lastError);
      else if (returned) problem = PAYMENT_MESSAGES.left;
    } catch (error) {
      logger.warn({ filingId: id, err: error instanceof Error ? error.message : String(error) }, "could not ask Stripe about a payment");
    }
  }
  return {
    kind: "pay",
    filingId: id,
    formType: state.def.id,
    formTitle: state.def.title,
    fee: state.fee,
    problem,
    testMode: stripeSettings().mode === "standin",
  };
}

export type ReturnView = { kind: "not_found" } | { kind: "submitted" } | { kind: "not_paid" } | { kind: "waiting"; since: Date };

/** Back from Stripe's page after paying: filed already, paid and waiting for Stripe's event, or not paid. */
export async function paymentReturnView(actor: Actor, filingId: string, sessionId: string | null): Promise<ReturnView> {
  if (!isId(filingId)) return { kind: "not_found" };
  const filing = await db().filing.findFirst({
    where: { id: filingId.toLowerCase(), ownerId: actor.id },
    select: { id: true, status: true },
  });
  if (!filing) return { kind: "not_found" };
  if (filing.status === "SUBMITTED") return { kind: "submitted" };
  const payment =
    sessionId && sessionId.length <= 255
      ? await db().payment.findFirst({ where: { filingId: filing.id, stripeCheckoutSessionId: sessionId } })
      : await db().payment.findFirst({ where: { filingId: filing.id, status: "PAID" } });
  if (!payment || payment.status === "FAILED") return { kind: "not_paid" };
  if (payment.status === "PAID") return { kind: "waiting", since: payment.paidAt ?? payment.createdAt };
  const session = await sessionState(payment.stripeCheckoutSessionId).catch(() => null);
  return session?.status === "complete" && session.paid ? { kind: "waiting", since: payment.createdAt } : { kind: "not_paid" };
}
