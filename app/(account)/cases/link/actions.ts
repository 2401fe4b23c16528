"use server";

import { applicantContext } from "@/lib/actions/contexts";
import { redirect } from "next/navigation";
import { linkPaperCase } from "@/lib/cases/link-paper-case";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import type { FormState } from "@/lib/result";

export async function linkPaperCaseAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = (await applicantContext()).session;
    const result = await linkPaperCase(session.user.id, { receiptNumber: form.get("receiptNumber"), accessCode: form.get("accessCode") }, await requestInfo());
    if (result.ok) redirect(`/cases/${result.receiptNumber}?linked=1`);
    return result;
  });
}
