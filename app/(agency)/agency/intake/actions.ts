"use server";

import { officerContext } from "@/lib/actions/contexts";
import type { FormState } from "@/lib/result";
import { takeInPaperCase } from "@/lib/agency/console/intake";
import { safeAction } from "@/lib/http/safe-action";

export async function takeInPaperCaseAction(_: FormState, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = (await officerContext()).session;
    return takeInPaperCase(session, Object.fromEntries(form));
  });
}
