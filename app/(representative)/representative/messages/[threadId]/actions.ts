"use server";

import { revalidatePath } from "next/cache";
import { representativeAction } from "@/lib/actions/clients";
import { replyAsApplicant } from "@/lib/messages/reply-as-applicant";
import { zReply } from "@/lib/messages/reply-input";

export const replyAsRepresentativeAction = representativeAction.input(zReply).action(async ({ ctx, input }) => {
  const result = await replyAsApplicant(ctx.session, input);
  if (result.ok) revalidatePath("/representative/messages/[threadId]", "page");
  return result;
});
