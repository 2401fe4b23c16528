"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { findCases } from "@/lib/agency/console/find-case";
import { requireOfficer } from "@/lib/auth/current-session";
import { safeAction } from "@/lib/http/safe-action";

export async function findCasesAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = await requireOfficer();
    const result = await findCases(session, { query: form.get("query") });
    if (result.ok && result.kind === "receipt") redirect(`/agency/cases/${result.receiptNumber}`);
    return result;
  });
}
