"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { applicantAction } from "@/lib/actions/clients";
import { removeUploadedDocument, zRemoveUploadedDocument } from "@/lib/evidence/remove-uploaded-document";
import { submitEvidenceResponse, zSubmitEvidenceResponse } from "@/lib/evidence/submit-evidence-response";
import { uploadEvidence, zUploadEvidence } from "@/lib/evidence/upload-evidence";

const PAGE = "/cases/[receipt]/evidence/[requestId]";

export const uploadEvidenceAction = applicantAction.input(zUploadEvidence).action(async ({ ctx, input }) => {
  const result = await uploadEvidence(ctx.actor, input);
  if (result.ok) revalidatePath(PAGE, "page");
  return result;
});

export const removeDocumentAction = applicantAction.input(zRemoveUploadedDocument).action(async ({ ctx, input }) => {
  const result = await removeUploadedDocument(ctx.actor, input);
  if (result.ok) revalidatePath(PAGE, "page");
  return result;
});

export const submitResponseAction = applicantAction.input(zSubmitEvidenceResponse).action(async ({ ctx, input }) => {
  const result = await submitEvidenceResponse(ctx.actor, input);
  if (result.ok) redirect(`/cases/${result.receiptNumber}?responded=${result.requestId}`);
  return result;
});
