"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { officerAction } from "@/lib/actions/clients";
import {
  addStatusForOfficer,
  issueNoticeForOfficer,
  markReviewedForOfficer,
  openRequestForOfficer,
  zAddStatus,
  zIssueNotice,
  zMarkReviewed,
  zOpenRequest,
} from "@/lib/agency/console/case-changes";
import { recordG28ForOfficer, removeG28ForOfficer, zRecordG28, zRemoveG28 } from "@/lib/agency/console/representation-changes";
import type { ActionResult } from "@/lib/result";

/** After a change the case page shows it (history, notices, requests). */
function shown<T extends ActionResult<object>>(receipt: string, result: T): T {
  if (result.ok) revalidatePath(`/agency/cases/${receipt}`);
  return result;
}

export const addStatusAction = officerAction
  .input(zAddStatus)
  .action(async ({ ctx, input }) => shown(input.receipt, await addStatusForOfficer(ctx.session, input)));

export const issueNoticeAction = officerAction
  .input(zIssueNotice)
  .action(async ({ ctx, input }) => shown(input.receipt, await issueNoticeForOfficer(ctx.session, input)));

export const openRequestAction = officerAction
  .input(zOpenRequest)
  .action(async ({ ctx, input }) => shown(input.receipt, await openRequestForOfficer(ctx.session, input)));

export const markReviewedAction = officerAction
  .input(zMarkReviewed)
  .action(async ({ ctx, input }) => shown(input.receipt, await markReviewedForOfficer(ctx.session, input)));

export const recordG28Action = officerAction
  .input(zRecordG28)
  .action(async ({ ctx, input }) => shown(input.receipt, await recordG28ForOfficer(ctx.session, input, ctx.request)));

/** Removed: back to the case page, which says so (the G-28 has moved to the history). */
export const removeG28Action = officerAction.input(zRemoveG28).action(async ({ ctx, input }) => {
  const result = await removeG28ForOfficer(ctx.session, input, ctx.request);
  if (!result.ok) return result;
  revalidatePath(`/agency/cases/${input.receipt}`);
  redirect(`/agency/cases/${input.receipt}?g28=removed`);
});
