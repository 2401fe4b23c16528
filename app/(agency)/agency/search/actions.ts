"use server";

import { officerContext } from "@/lib/actions/contexts";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/result";
import { findCases } from "@/lib/agency/console/find-case";
import { safeAction } from "@/lib/http/safe-action";

export async function findCasesAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = (await officerContext()).session;
    const result = await findCases(session, { query: form.get("query") });
    if (result.ok && result.kind === "receipt") redirect(`/agency/cases/${result.receiptNumber}`);
    return result;
  });
}
