"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/clients";
import { requestPasswordReset, zRequestPasswordReset } from "@/lib/recovery/request-password-reset";

export const requestResetAction = publicAction.input(zRequestPasswordReset).action(async ({ ctx, input }) => {
  const result = await requestPasswordReset(input, ctx.request);
  if (result.ok) redirect("/forgot-password/check-email");
  return result;
});
