"use server";

import { redirect } from "next/navigation";
import { applicantAction } from "@/lib/actions/clients";
import { startPayment, zStartPayment } from "@/lib/payments/start-payment";

/** "Pay": off to the payment page (Stripe's, or the stand-in's); the fee is computed on the server. */
export const startPaymentAction = applicantAction.input(zStartPayment).action(async ({ ctx, input }) => {
  const result = await startPayment(ctx.actor, input, ctx.request);
  if (result.ok) redirect(result.checkoutUrl);
  return result;
});
