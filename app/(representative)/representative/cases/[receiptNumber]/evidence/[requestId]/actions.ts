"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { representativeAction } from "@/lib/actions/clients";
import { removeUploadedDocument, zRemoveUploadedDocument } from "@/lib/evidence/remove-uploaded-document";
import { submitEvidenceResponse, zSubmitEvidenceResponse } from "@/lib/evidence/submit-evidence-response";
import { uploadEvidence, zUploadEvidence } from "@/lib/evidence/upload-evidence";

// The applicant's evidence operations, for a representative: lib/evidence checks the current G-28.

const PAGE = "/representative/cases/[receiptNumber]/evidence/[requestId]";

export const representativeUploadEvidenceAction = representativeAction.input(zUploadEvidence).action(async ({ ctx, input }) => {
  const result = await uploadEvidence(ctx.actor, input);
  if (result.ok) revalidatePath(PAGE, "page");
  return result;
});

export const representativeRemoveDocumentAction = representativeAction.input(zRemoveUploadedDocument).action(async ({ ctx, input }) => {
  const result = await removeUploadedDocument(ctx.actor, input);
  if (result.ok) revalidatePath(PAGE, "page");
  return result;
});

export const representativeSubmitResponseAction = representativeAction.input(zSubmitEvidenceResponse).action(async ({ ctx, input }) => {
  const result = await submitEvidenceResponse(ctx.actor, input);
  if (result.ok) redirect(`/representative/cases/${result.receiptNumber}?responded=${result.requestId}`);
  return result;
});
