"use server";

import { redirect } from "next/navigation";
import { applicantAction } from "@/lib/actions/clients";
import { deleteDraft, zDraftRef } from "@/lib/filing/drafts";

export const deleteDraftAction = applicantAction.input(zDraftRef).action(async ({ ctx, input }) => {
  const result = await deleteDraft(ctx.actor, input);
  if (result.ok) redirect("/dashboard?deleted=draft");
  return result;
});
