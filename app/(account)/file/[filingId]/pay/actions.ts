"use server";

import { redirect } from "next/navigation";
import { filerAction } from "@/lib/actions/clients";
import { startPayment, zStartPayment } from "@/lib/payments/start-payment";

/** "Pay": off to the payment page (Stripe's, or the stand-in's); the fee is computed on the server. */
export const startPaymentAction = filerAction.input(zStartPayment).action(async ({ ctx, input }) => {
  const result = await startPayment(ctx.actor, input, ctx.request);
  if (result.ok) redirect(result.checkoutUrl);
  return result;
});
