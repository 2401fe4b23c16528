import "server-only";
import { cache } from "react";
import { findLiveSession, type CurrentSession } from "../sessions/sessions";
import { auth, signIn, signOut } from "./next-auth";

// Pages and actions reach the session through the chain in lib/actions/contexts.ts, which decides
// who may be where; this file only reads and writes the browser's side of it.

/** The signed-in session for this request, checked against the database (once per request). */
export const currentSession = cache(async (): Promise<CurrentSession | null> => {
  const cookieSession = await auth();
  const token = cookieSession?.sessionToken;
  return token ? findLiveSession(token) : null;
});

/** Puts a freshly created session token into the browser's cookie. */
export async function startBrowserSession(token: string): Promise<void> {
  await signIn("session-token", { token, redirect: false });
}

export async function clearBrowserSession(): Promise<void> {
  await signOut({ redirect: false });
}
