import { msg } from "@/lib/i18n/message-ref";
import { filingText, RECORD_READER } from "../filing/engine/localize";
import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/roles";
import { db } from "../db";
import type { RequestInfo } from "../http/request-info";
import { logger } from "../logger";
import { zField } from "../actions/form-input";
import { fail, type ActionResult } from "../result";
import { closeSession, createCheckoutSession, PAYMENT_MESSAGES, returnPath, sessionState, stripeUnreachable } from "./checkout-sessions";
import { payability, PAYABILITY_MESSAGES } from "./payable-filing";

// "Pay $470.00": the fee computed here from the saved answers, then Stripe's hosted payment page.
// One Checkout Session per attempt: the idempotency key names the filing, the amount and the
// attempt, so a double click or a retry gets the same session (from Stripe, and from the unique
// Payment row), never a second charge. A new attempt starts only when the last one ended
// (expired, failed) or the fee changed.

/** The only field read: which filing. Any amount a page sends is not a field here and is ignored. */
export const zStartPayment = z.object({ filingId: zField().pipe(z.string().trim().max(100, msg("payments.errors.chooseForm"))) });
export type StartPaymentInput = z.infer<typeof zStartPayment>;

export function idempotencyKeyFor(filingId: string, amountCents: number, attempt: number): string {
  return `filing-fee:${filingId}:${amountCents}:${attempt}`;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

export async function startPayment(
  actor: Actor,
  input: StartPaymentInput,
  request: Pick<RequestInfo, "requestId">,
  now: Date = new Date(),
): Promise<ActionResult<{ checkoutUrl: string }>> {
  try {
    return await startOrReusePayment(actor, input, request, now);
  } catch (error) {
    if (!stripeUnreachable(error)) throw error;
    logger.warn({ requestId: request.requestId, err: error }, "payment service unreachable");
    return fail("service_unavailable", PAYMENT_MESSAGES.unavailable);
  }
}

async function startOrReusePayment(
  actor: Actor,
  input: StartPaymentInput,
  request: Pick<RequestInfo, "requestId">,
  now: Date,
): Promise<ActionResult<{ checkoutUrl: string }>> {
  const state = await payability(actor, input.filingId, now);
  switch (state.kind) {
    case "not_found":
      return fail("not_found", PAYABILITY_MESSAGES.not_found);
    case "submitted":
      return fail("not_allowed", PAYABILITY_MESSAGES.submitted);
    case "unsigned":
      return fail("not_allowed", PAYABILITY_MESSAGES.unsigned);
    case "not_ready":
      return fail("not_allowed", PAYABILITY_MESSAGES.not_ready);
    case "no_fee":
      return fail("not_applicable", PAYABILITY_MESSAGES.no_fee);
  }
  const { filing, def, fee } = state;

  const paid = await db().payment.findFirst({ where: { filingId: filing.id, status: "PAID" }, select: { id: true } });
  if (paid) return { ok: true, checkoutUrl: returnPath(filing.id) };

  // Counted before looking at the open attempt: two clicks at once then either see the other's
  // attempt or compute the same key, and Stripe answers both with one session.
  const attempt = (await db().payment.count({ where: { filingId: filing.id } })) + 1;
  // The attempt already under way: its page again while Stripe still takes payment on it.
  for (const open of await db().payment.findMany({ where: { filingId: filing.id, status: "OPEN" }, orderBy: { createdAt: "desc" } })) {
    const session = await sessionState(open.stripeCheckoutSessionId);
    if (session.status === "complete")
      return { ok: true, checkoutUrl: `${returnPath(filing.id)}?session_id=${open.stripeCheckoutSessionId}` };
    if (session.status === "open" && open.amountCents === fee.onlineCents) return { ok: true, checkoutUrl: open.checkoutUrl };
    // Paid while it was being closed: that payment stands, and it is the one filed.
    if (session.status === "open" && (await closeSession(open.stripeCheckoutSessionId)) === "paid")
      return { ok: true, checkoutUrl: `${returnPath(filing.id)}?session_id=${open.stripeCheckoutSessionId}` };
    await db().payment.updateMany({
      where: { id: open.id, status: "OPEN" },
      data: { status: "FAILED", failureMessage: session.status === "open" ? PAYMENT_MESSAGES.feeChanged : PAYMENT_MESSAGES.expired },
    });
  }

  const idempotencyKey = idempotencyKeyFor(filing.id, fee.onlineCents, attempt);
  const session = await createCheckoutSession({
    filingId: filing.id,
    formType: def.id,
    formTitle: filingText(def.title, RECORD_READER),
    amountCents: fee.onlineCents,
    attempt,
    idempotencyKey,
    email: actor.email ?? null,
  });
  let refusal: string | null;
  try {
    refusal = await db().$transaction(async (tx) => {
      // With the draft locked, so it cannot have changed or gone since it was checked (open-checkouts.ts).
      const [row] = await tx.$queryRaw<{ status: string; signed: boolean }[]>`
        SELECT status::text AS status, "signedAt" IS NOT NULL AS signed FROM "Filing" WHERE id = ${filing.id}::uuid FOR UPDATE`;
      if (!row) return PAYABILITY_MESSAGES.not_found;
      if (row.status !== "DRAFT") return PAYABILITY_MESSAGES.submitted;
      if (!row.signed) return PAYABILITY_MESSAGES.unsigned;
      await tx.payment.create({
        data: {
          filingId: filing.id,
          amountCents: fee.onlineCents,
          idempotencyKey,
          stripeCheckoutSessionId: session.id,
          checkoutUrl: session.url,
        },
      });
      await tx.filing.update({ where: { id: filing.id }, data: { feeCents: fee.onlineCents, feeRule: fee.rule } });
      return null;
    });
  } catch (error) {
    // The same click twice: the other request recorded this very session first.
    if (!isUniqueViolation(error)) throw error;
    const existing = await db().payment.findUnique({ where: { idempotencyKey }, select: { checkoutUrl: true } });
    if (!existing) throw error;
    return { ok: true, checkoutUrl: existing.checkoutUrl };
  }
  if (refusal) {
    // Changed, filed or deleted meanwhile: the new page is closed unused.
    await closeSession(session.id);
    return fail(refusal === PAYABILITY_MESSAGES.not_found ? "not_found" : "not_allowed", refusal);
  }
  logger.info({ requestId: request.requestId, filingId: filing.id, attempt, amountCents: fee.onlineCents }, "checkout session started");
  return { ok: true, checkoutUrl: session.url };
}
