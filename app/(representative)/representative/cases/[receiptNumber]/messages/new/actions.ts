"use server";

import { redirect } from "next/navigation";
import { representativeWithProfileAction } from "@/lib/representation/representative-context";
import { startThread, zStartThread } from "@/lib/messages/start-thread";

export const representativeStartThreadAction = representativeWithProfileAction.input(zStartThread).action(async ({ ctx, input }) => {
  const result = await startThread(ctx.session, input);
  if (result.ok) redirect(`/representative/messages/${result.threadId}?sent=1`);
  return result;
});
