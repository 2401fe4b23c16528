"use server";

import { redirect } from "next/navigation";
import { applicantAction } from "@/lib/actions/clients";
import { signDraft, zSignDraft } from "@/lib/filing/drafts";
import { submitFiling } from "@/lib/filing/submit-filing";
import { fail } from "@/lib/result";

// Signing, then on: to payment when the form has a fee (computed on the server when signing), or
// straight to submission when it has none.
export const signAction = applicantAction.input(zSignDraft).action(async ({ ctx, input }) => {
  const signed = await signDraft(ctx.actor, input, ctx.request);
  if (!signed.ok) return signed;
  const base = `/file/${signed.filingId}`;
  if (signed.feeCents > 0) redirect(`${base}/pay`);
  const submitted = await submitFiling(signed.filingId, null);
  if (submitted.ok || submitted.code === "already_submitted") redirect(`${base}/confirmation`);
  return fail(submitted.code, submitted.message);
});
