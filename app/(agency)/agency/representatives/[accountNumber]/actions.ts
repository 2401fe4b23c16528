"use server";

import { redirect } from "next/navigation";
import { officerAction } from "@/lib/actions/clients";
import { markRepresentativeVerified, zMarkVerified } from "@/lib/representation/representatives-for-officer";

export const markVerifiedAction = officerAction.input(zMarkVerified).action(async ({ ctx, input }) => {
  const result = await markRepresentativeVerified(ctx.session, input);
  if (result.ok) redirect(`/agency/representatives/${result.accountNumber}?verified=1`);
  return result;
});
