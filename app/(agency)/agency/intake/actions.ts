"use server";

import type { FormState } from "@/components/ui/use-action-form";
import { takeInPaperCase } from "@/lib/agency/console/intake";
import { requireOfficer } from "@/lib/auth/current-session";
import { safeAction } from "@/lib/http/safe-action";

export async function takeInPaperCaseAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = await requireOfficer();
    return takeInPaperCase(session, Object.fromEntries(form));
  });
}
