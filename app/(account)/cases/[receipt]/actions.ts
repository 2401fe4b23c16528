"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { applicantAction } from "@/lib/actions/clients";
import { endRepresentationForClient, zEndForClient } from "@/lib/representation/end-for-client";

/** Ended: back to the case page, which says so (the representative has moved to the history). */
export const endRepresentationAction = applicantAction.input(zEndForClient).action(async ({ ctx, input }) => {
  const result = await endRepresentationForClient(ctx.actor, input, ctx.request);
  if (!result.ok) return result;
  revalidatePath(`/cases/${result.receiptNumber}`);
  redirect(`/cases/${result.receiptNumber}?representation=ended`);
});
