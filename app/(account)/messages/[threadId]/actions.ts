"use server";

import { revalidatePath } from "next/cache";
import { applicantAction } from "@/lib/actions/clients";
import { replyAsApplicant } from "@/lib/messages/reply-as-applicant";
import { zReply } from "@/lib/messages/reply-input";

export const replyAsApplicantAction = applicantAction.input(zReply).action(async ({ ctx, input }) => {
  const result = await replyAsApplicant(ctx.session, input);
  if (result.ok) revalidatePath("/messages", "layout");
  return result;
});
