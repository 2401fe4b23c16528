"use server";

import { redirect } from "next/navigation";
import { requireFullSession } from "@/lib/auth/current-session";
import { linkPaperCase } from "@/lib/cases/link-paper-case";
import { requestInfo } from "@/lib/http/request-info";
import { safeAction } from "@/lib/http/safe-action";
import type { FormState } from "@/components/ui/use-action-form";

export async function linkPaperCaseAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = await requireFullSession();
    const result = await linkPaperCase(session.user.id, { receiptNumber: form.get("receiptNumber"), accessCode: form.get("accessCode") }, await requestInfo());
    if (result.ok) redirect(`/cases/${result.receiptNumber}?linked=1`);
    return result;
  });
}
