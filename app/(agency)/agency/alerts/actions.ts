"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/components/ui/use-action-form";
import { retryAlert } from "@/lib/agency/console/undelivered-alerts";
import { requireOfficer } from "@/lib/auth/current-session";
import { safeAction } from "@/lib/http/safe-action";

export async function retryAlertAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = await requireOfficer();
    const result = await retryAlert(session, { alertId: form.get("alertId") });
    // The row leaves the list once retried, so the confirmation goes on the page itself.
    if (result.ok) redirect("/agency/alerts?retried=1");
    return result;
  });
}
