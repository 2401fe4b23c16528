"use server";

import { revalidatePath } from "next/cache";
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
