"use server";

import { officerContext } from "@/lib/actions/contexts";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/result";
import { safeAction } from "@/lib/http/safe-action";
import { replyAsOfficer } from "@/lib/messages/reply-as-officer";

export async function replyAsOfficerAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const result = await replyAsOfficer((await officerContext()).session, { threadId: form.get("threadId"), body: form.get("body"), files: form.getAll("files") });
    if (result.ok) revalidatePath("/agency/messages/[threadId]", "page");
    return result;
  });
}
