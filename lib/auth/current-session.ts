import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { env } from "../env";
import { sessionCookie } from "../sessions/session-cookie";
import { findLiveSession, type CurrentSession } from "../sessions/sessions";
import { signIn, signOut } from "./next-auth";

// Pages and actions reach the session through the chain in lib/actions/contexts.ts, which decides
// who may be where; this file only reads and writes the browser's side of it.

/**
 * The session token in this request's cookie (next-auth's encrypted JWT, as startBrowserSession set
 * it), decrypted once per request. Read directly rather than through next-auth's auth(), which
 * decrypts the cookie and encrypts a refreshed one on every call: the session's limits live in the
 * database, not in the cookie.
 */
export const cookieSessionToken = cache(async (): Promise<string | null> => {
  // cookies() first: it marks the page as rendered per request before any setting is read.
  const jar = await cookies();
  const { name } = sessionCookie();
  const value = jar.get(name)?.value;
  if (!value) return null;
  try {
    const payload = await decode({ token: value, secret: env().AUTH_SECRET, salt: name });
    return typeof payload?.sessionToken === "string" ? payload.sessionToken : null;
  } catch {
    return null;
  }
});

/** The signed-in session for this request, checked against the database (once per request). */
export const currentSession = cache(async (): Promise<CurrentSession | null> => {
  const token = await cookieSessionToken();
  return token ? findLiveSession(token) : null;
});

/** Puts a freshly created session token into the browser's cookie. */
export async function startBrowserSession(token: string): Promise<void> {
  await signIn("session-token", { token, redirect: false });
}

export async function clearBrowserSession(): Promise<void> {
  await signOut({ redirect: false });
}
