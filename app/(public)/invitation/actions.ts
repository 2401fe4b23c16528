"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { zField } from "@/lib/actions/form-input";
import { applicantAction, publicAction } from "@/lib/actions/clients";
import { claimInvitation, zClaimInvitation } from "@/lib/filing/client-review";
import { rememberInvitation } from "@/lib/filing/pending-invitation";

/** "Review the form": the signed-in applicant claims the invitation, then reads the form in their account. */
export const claimInvitationAction = applicantAction.input(zClaimInvitation).action(async ({ ctx, input }) => {
  const result = await claimInvitation(ctx.actor, input.token);
  if (result.ok) redirect(`/file/review/${result.filingId}`);
  return result;
});

const zContinueTo = z.object({ token: zField(), to: z.enum(["sign-in", "sign-up"]) });

/** Signed out: remember the invitation in this browser, then sign in or create an account; the account brings them back. */
export const continueToAccountAction = publicAction.input(zContinueTo).action(async ({ input }) => {
  await rememberInvitation(input.token);
  redirect(input.to === "sign-up" ? "/sign-up" : "/sign-in");
});
