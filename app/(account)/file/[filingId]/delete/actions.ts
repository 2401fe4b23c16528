"use server";

import { redirect } from "next/navigation";
import { filerAction } from "@/lib/actions/clients";
import { deleteDraft, zDraftRef } from "@/lib/filing/drafts";

export const deleteDraftAction = filerAction.input(zDraftRef).action(async ({ ctx, input }) => {
  const result = await deleteDraft(ctx.actor, input);
  if (result.ok) redirect(ctx.actor.role === "REPRESENTATIVE" ? "/representative/file?deleted=draft" : "/dashboard?deleted=draft");
  return result;
});
