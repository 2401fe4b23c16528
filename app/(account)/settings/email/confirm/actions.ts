"use server";

import { redirect } from "next/navigation";
import { confirmEmailChange, zConfirmEmailChange } from "@/lib/account/change-email";
import { publicAction } from "@/lib/actions/clients";

// Signed in or not: the link itself proves the new address.
export const confirmEmailChangeAction = publicAction.input(zConfirmEmailChange).action(async ({ ctx, input }) => {
  const result = await confirmEmailChange(input, ctx.request);
  if (!result.ok) return result;
  redirect("/settings/email/confirm?done=1");
});
