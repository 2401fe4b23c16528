"use server";

import { revalidatePath } from "next/cache";
import { applicantAction } from "@/lib/actions/clients";
import {
  declineClientReview,
  requestClientChanges,
  signClientReview,
  zDeclineReview,
  zRequestChanges,
  zSignClientReview,
} from "@/lib/filing/client-review";

// The client's answers to a form a representative prepared for them: in their own account only.
const PAGE = "/file/review/[filingId]";

export const signReviewAction = applicantAction.input(zSignClientReview).action(async ({ ctx, input }) => {
  const result = await signClientReview(ctx.actor, input, ctx.request);
  if (result.ok) revalidatePath(PAGE, "page");
  return result;
});

export const requestChangesAction = applicantAction.input(zRequestChanges).action(async ({ ctx, input }) => {
  const result = await requestClientChanges(ctx.actor, input);
  if (result.ok) revalidatePath(PAGE, "page");
  return result;
});

export const declineReviewAction = applicantAction.input(zDeclineReview).action(async ({ ctx, input }) => {
  const result = await declineClientReview(ctx.actor, input);
  if (result.ok) revalidatePath(PAGE, "page");
  return result;
});
