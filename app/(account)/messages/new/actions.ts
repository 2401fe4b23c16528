"use server";

import { redirect } from "next/navigation";
import { applicantAction } from "@/lib/actions/clients";
import { startThread, zStartThread } from "@/lib/messages/start-thread";

export const startThreadAction = applicantAction.input(zStartThread).action(async ({ ctx, input }) => {
  const result = await startThread(ctx.session, input);
  if (result.ok) redirect(`/messages/${result.threadId}?sent=1`);
  return result;
});
