"use server";

import { redirect } from "next/navigation";
import { clearBrowserSession, currentSession } from "@/lib/auth/current-session";
import { endSession } from "@/lib/auth/sign-out";
import { requestInfo } from "@/lib/http/request-info";

export async function signOutAction(): Promise<void> {
  const session = await currentSession();
  if (session) await endSession(session, await requestInfo());
  await clearBrowserSession();
  redirect("/sign-in?reason=signed-out-by-you");
}
