"use server";

import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/clients";
import { clearBrowserSession, currentSession } from "@/lib/auth/current-session";
import { signOut } from "@/lib/auth/sign-out";

// The header's and the idle warning's Sign out, on every page: from any session, part-way or full, or none.
export const signOutAction = publicAction.formAction(async ({ ctx }) => {
  const session = await currentSession();
  if (session) await signOut(session, ctx.request);
  await clearBrowserSession();
  redirect("/sign-in?reason=signed-out-by-you");
});
