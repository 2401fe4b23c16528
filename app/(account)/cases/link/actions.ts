"use server";

import { redirect } from "next/navigation";
import { applicantAction } from "@/lib/actions/clients";
import { linkPaperCase, zLinkPaperCase } from "@/lib/cases/link-paper-case";

export const linkPaperCaseAction = applicantAction.input(zLinkPaperCase).action(async ({ ctx, input }) => {
  const result = await linkPaperCase(ctx.actor, input, ctx.request);
  if (result.ok) redirect(`/cases/${result.receiptNumber}?linked=1`);
  return result;
});
