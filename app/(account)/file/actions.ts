"use server";

import { redirect } from "next/navigation";
import { applicantAction } from "@/lib/actions/clients";
import { startDraft, zStartDraft } from "@/lib/filing/drafts";

export const startDraftAction = applicantAction.input(zStartDraft).action(async ({ ctx, input }) => {
  const result = await startDraft(ctx.actor, input);
  if (result.ok) redirect(`/file/${result.filingId}`);
  return result;
});
