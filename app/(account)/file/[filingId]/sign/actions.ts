"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { applicantAction } from "@/lib/actions/clients";
import { representativeWithProfileAction } from "@/lib/representation/representative-context";
import { sendForClientReview, zClientFilingRef } from "@/lib/filing/client-review";
import { draftForOwner, signDraft, zSignDraft } from "@/lib/filing/drafts";
import { submitFiling } from "@/lib/filing/submit-filing";
import { localizeRefusal } from "@/lib/filing/engine/localize";
import { getReader } from "@/lib/i18n/request";
import { msg } from "@/lib/i18n/message-ref";
import { fail } from "@/lib/result";

// Signing, then on: to payment when the form has a fee (computed on the server when signing), or
// straight to submission when it has none.
export const signAction = applicantAction.input(zSignDraft).action(async ({ ctx, input }) => {
  const signed = await signDraft(ctx.actor, input, ctx.request);
  if (!signed.ok) {
    // Refused because the form changed (or is no longer ready): the page then shows it as it is now, with its new version.
    revalidatePath("/file/[filingId]/sign", "page");
    return signed;
  }
  const base = `/file/${signed.filingId}`;
  if (signed.feeCents > 0) redirect(`${base}/pay`);
  const submitted = await submitFiling(signed.filingId, null);
  if (submitted.ok || submitted.code === "already_submitted") redirect(`${base}/confirmation`);
  return localizeRefusal(fail(submitted.code, submitted.message), await getReader());
});

/** "Send to client for review" (or again): a representative's form for a client; the link is emailed to the client. */
export const sendToClientAction = representativeWithProfileAction.input(zClientFilingRef).action(async ({ ctx, input }) => {
  const sent = await sendForClientReview(ctx.actor, input);
  if (sent.ok) revalidatePath(`/file/${input.filingId.toLowerCase()}/sign`, "page");
  return sent;
});

/** A form with no fee, signed by the client: the representative submits it. */
export const submitForClientAction = representativeWithProfileAction.input(zClientFilingRef).action(async ({ ctx, input }) => {
  const draft = await draftForOwner(ctx.actor, input.filingId);
  if (!draft?.client) return fail("not_found", msg("filing.errors.draftNotFound"));
  const submitted = await submitFiling(draft.id, null);
  if (submitted.ok || submitted.code === "already_submitted") redirect(`/file/${draft.id}/confirmation`);
  return localizeRefusal(fail(submitted.code, submitted.message), await getReader());
});
