"use server";

import { revalidatePath } from "next/cache";
import { officerAction } from "@/lib/actions/clients";
import { replyAsOfficer } from "@/lib/messages/reply-as-officer";
import { zReply } from "@/lib/messages/reply-input";

export const replyAsOfficerAction = officerAction.input(zReply).action(async ({ ctx, input }) => {
  const result = await replyAsOfficer(ctx.session, input);
  if (result.ok) revalidatePath("/agency/messages/[threadId]", "page");
  return result;
});
