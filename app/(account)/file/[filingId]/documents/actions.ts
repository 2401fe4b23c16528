"use server";

import { revalidatePath } from "next/cache";
import { filerAction } from "@/lib/actions/clients";
import { removeDraftDocument, uploadDraftDocument, zRemoveDraftDocument, zUploadDraftDocument } from "@/lib/filing/draft-documents";

const PAGE = "/file/[filingId]/documents";

export const uploadDocumentAction = filerAction.input(zUploadDraftDocument).action(async ({ ctx, input }) => {
  const result = await uploadDraftDocument(ctx.actor, input);
  if (result.ok) revalidatePath(PAGE, "page");
  return result;
});

export const removeDocumentAction = filerAction.input(zRemoveDraftDocument).action(async ({ ctx, input }) => {
  const result = await removeDraftDocument(ctx.actor, input);
  if (result.ok) revalidatePath(PAGE, "page");
  return result;
});
