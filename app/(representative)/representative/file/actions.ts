"use server";

import { redirect } from "next/navigation";
import { representativeAction } from "@/lib/actions/clients";
import { startClientDraft, zStartClientDraft } from "@/lib/filing/client-review";

/** A new form for a client, named by name and email; then its task list (the same pages an applicant fills in). */
export const startClientDraftAction = representativeAction.input(zStartClientDraft).action(async ({ ctx, input }) => {
  const result = await startClientDraft(ctx.actor, input);
  if (result.ok) redirect(`/file/${result.filingId}`);
  return result;
});
