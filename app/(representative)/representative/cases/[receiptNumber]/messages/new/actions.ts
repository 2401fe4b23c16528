"use server";

import { redirect } from "next/navigation";
import { representativeAction } from "@/lib/actions/clients";
import { startThread, zStartThread } from "@/lib/messages/start-thread";

export const representativeStartThreadAction = representativeAction.input(zStartThread).action(async ({ ctx, input }) => {
  const result = await startThread(ctx.session, input);
  if (result.ok) redirect(`/representative/messages/${result.threadId}?sent=1`);
  return result;
});
