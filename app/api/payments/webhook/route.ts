import { publicContext } from "@/lib/actions/contexts";
import { logger } from "@/lib/logger";
import { receiveStripeWebhook, STRIPE_REFUSALS } from "@/lib/payments/webhook";

// Stripe's events (signed with STRIPE_WEBHOOK_SECRET). The body is read raw: the signature covers
// the exact bytes Stripe sent.

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const { request: info } = await publicContext();
  const payload = await request.text();
  const answer = await receiveStripeWebhook(payload, request.headers.get("stripe-signature"), info.requestId).catch((error: unknown) => {
    // Stripe tries the same event again later; nothing was kept of this attempt.
    logger.error({ requestId: info.requestId, err: error instanceof Error ? error.message : String(error) }, "Stripe webhook failed");
    return { status: 503, body: { error: STRIPE_REFUSALS.tryLater } };
  });
  return Response.json(answer.body, { status: answer.status, headers: { "Cache-Control": "no-store" } });
}
