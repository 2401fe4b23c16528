"use server";

import { applicantContext } from "@/lib/actions/contexts";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { removeUploadedDocument } from "@/lib/evidence/remove-uploaded-document";
import { submitEvidenceResponse } from "@/lib/evidence/submit-evidence-response";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";
import { safeAction } from "@/lib/http/safe-action";
import type { FormState } from "@/lib/result";

const PAGE = "/cases/[receipt]/evidence/[requestId]";

export async function uploadEvidenceAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await uploadEvidence((await applicantContext()).session, { receiptNumber: form.get("receiptNumber"), requestId: form.get("requestId"), file: form.get("file") });
    if (result.ok) revalidatePath(PAGE, "page");
    return result;
  });
}

export async function removeDocumentAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await removeUploadedDocument((await applicantContext()).session, {
      receiptNumber: form.get("receiptNumber"),
      requestId: form.get("requestId"),
      documentId: form.get("documentId"),
    });
    if (result.ok) revalidatePath(PAGE, "page");
    return result;
  });
}

export async function submitResponseAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await submitEvidenceResponse((await applicantContext()).session, {
      receiptNumber: form.get("receiptNumber"),
      requestId: form.get("requestId"),
      confirmed: form.get("confirm"),
    });
    if (result.ok) redirect(`/cases/${result.receiptNumber}`);
    return result;
  });
}
