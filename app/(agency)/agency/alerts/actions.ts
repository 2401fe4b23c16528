"use server";

import { officerContext } from "@/lib/actions/contexts";
import { redirect } from "next/navigation";
import type { FormState } from "@/lib/result";
import { retryAlert } from "@/lib/agency/console/undelivered-alerts";
import { safeAction } from "@/lib/http/safe-action";

export async function retryAlertAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = (await officerContext()).session;
    const result = await retryAlert(session, { alertId: form.get("alertId") });
    // The row leaves the list once retried, so the confirmation goes on the page itself.
    if (result.ok) redirect("/agency/alerts?retried=1");
    return result;
  });
}
