"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireFullSession } from "@/lib/auth/current-session";
import { removeUploadedDocument } from "@/lib/evidence/remove-uploaded-document";
import { submitEvidenceResponse } from "@/lib/evidence/submit-evidence-response";
import { uploadEvidence } from "@/lib/evidence/upload-evidence";
import { safeAction } from "@/lib/http/safe-action";
import type { FormState } from "@/components/ui/use-action-form";

const PAGE = "/cases/[receipt]/evidence/[requestId]";

export async function uploadEvidenceAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await uploadEvidence(await requireFullSession(), { receiptNumber: form.get("receiptNumber"), requestId: form.get("requestId"), file: form.get("file") });
    if (result.ok) revalidatePath(PAGE, "page");
    return result;
  });
}

export async function removeDocumentAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await removeUploadedDocument(await requireFullSession(), {
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
    const result = await submitEvidenceResponse(await requireFullSession(), {
      receiptNumber: form.get("receiptNumber"),
      requestId: form.get("requestId"),
      confirmed: form.get("confirm"),
    });
    if (result.ok) redirect(`/cases/${result.receiptNumber}`);
    return result;
  });
}
