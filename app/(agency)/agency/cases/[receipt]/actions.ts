"use server";

import { officerContext } from "@/lib/actions/contexts";
import { revalidatePath } from "next/cache";
import type { FormState } from "@/lib/result";
import { addStatusForOfficer, issueNoticeForOfficer, markReviewedForOfficer, openRequestForOfficer } from "@/lib/agency/console/case-changes";
import { safeAction } from "@/lib/http/safe-action";
import type { ActionResult } from "@/lib/result";
import type { CurrentSession } from "@/lib/sessions/sessions";

type Change = (session: CurrentSession, input: Record<string, unknown>) => Promise<ActionResult>;

async function change(operation: Change, form: FormData): Promise<FormState> {
  return safeAction(async () => {
    const session = (await officerContext()).session;
    const result = await operation(session, Object.fromEntries(form));
    if (result.ok) revalidatePath(`/agency/cases/${String(form.get("receipt"))}`);
    return result;
  });
}

export async function addStatusAction(_: FormState, form: FormData): Promise<FormState> {
  return change(addStatusForOfficer, form);
}

export async function issueNoticeAction(_: FormState, form: FormData): Promise<FormState> {
  return change(issueNoticeForOfficer, form);
}

export async function openRequestAction(_: FormState, form: FormData): Promise<FormState> {
  return change(openRequestForOfficer, form);
}

export async function markReviewedAction(_: FormState, form: FormData): Promise<FormState> {
  return change(markReviewedForOfficer, form);
}
