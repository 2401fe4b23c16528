"use server";

import { revalidatePath } from "next/cache";
import { signedInAction } from "@/lib/actions/clients";
import { endOtherSession, endOtherSessions, zEndOtherSession } from "@/lib/sessions/end-sessions";

export const endOtherSessionAction = signedInAction.input(zEndOtherSession).action(async ({ ctx, input }) => {
  const result = await endOtherSession(ctx.session, input, ctx.request);
  if (result.ok) revalidatePath("/settings/sessions");
  return result;
});

export const endOtherSessionsAction = signedInAction.action(async ({ ctx }) => {
  const result = await endOtherSessions(ctx.session, ctx.request);
  if (result.ok) revalidatePath("/settings/sessions");
  return result;
});
