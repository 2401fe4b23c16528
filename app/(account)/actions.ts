"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/clients";
import { clearBrowserSession, currentSession } from "@/lib/auth/current-session";
import { signOut } from "@/lib/auth/sign-out";

// Sign out works from any session, part-way or full (the header offers it to both), or none.
export const signOutAction = publicAction.formAction(async ({ ctx }) => {
  const session = await currentSession();
  if (session) await signOut(session, ctx.request);
  await clearBrowserSession();
  redirect("/sign-in?reason=signed-out-by-you");
});
