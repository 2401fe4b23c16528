"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/clients";
import { resendConfirmation, zResendConfirmation } from "@/lib/registration/start-sign-up";

export const resendConfirmationAction = publicAction.input(zResendConfirmation).action(async ({ ctx, input }) => {
  const result = await resendConfirmation(input, ctx.request);
  if (result.ok) redirect("/sign-up/check-email?resent=1");
  return result;
});
