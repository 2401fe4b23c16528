"use server";

import { applicantContext } from "@/lib/actions/contexts";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/result";
import { safeAction } from "@/lib/http/safe-action";
import { replyAsApplicant } from "@/lib/messages/reply-as-applicant";
import { startThread } from "@/lib/messages/start-thread";

export async function startThreadAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await startThread((await applicantContext()).session, {
      receiptNumber: form.get("receiptNumber"),
      subject: form.get("subject"),
      body: form.get("body"),
      files: form.getAll("files"),
    });
    if (result.ok) redirect(`/messages/${result.threadId}?sent=1`);
    return result;
  });
}

export async function replyAsApplicantAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await replyAsApplicant((await applicantContext()).session, { threadId: form.get("threadId"), body: form.get("body"), files: form.getAll("files") });
    if (result.ok) revalidatePath("/messages", "layout");
    return result;
  });
}
