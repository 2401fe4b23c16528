import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { cache } from "react";
import { env } from "../env";
import { sessionCookie } from "../sessions/session-cookie";
import { POLICY } from "../security-policy";
import { decryptedCookies } from "./decrypted-cookies";
import { findLiveSession, type CurrentSession } from "../sessions/sessions";

// Pages and actions reach the session through the chain in lib/actions/contexts.ts, which decides
// who may be where; this file only reads and writes the browser's side of it.

const tokenInCookie = decryptedCookies(async (value) => {
  const { name } = sessionCookie();
  try {
    const payload = await decode({ token: value, secret: env().AUTH_SECRET, salt: name });
    if (typeof payload?.sessionToken !== "string" || typeof payload.exp !== "number") return null;
    return { token: payload.sessionToken, expiresAt: payload.exp * 1000 };
  } catch {
    return null;
  }
});

/**
 * The session token in this request's cookie (next-auth's encrypted JWT, as startBrowserSession set
 * it), decrypted once per cookie (lib/auth/decrypted-cookies.ts). Read directly rather than through
 * next-auth's auth(), which decrypts the cookie and encrypts a refreshed one on every call: the
 * session's limits live in the database, not in the cookie.
 */
export const cookieSessionToken = cache(async (): Promise<string | null> => {
  // cookies() first: it marks the page as rendered per request before any setting is read.
  const jar = await cookies();
  const value = jar.get(sessionCookie().name)?.value;
  return value ? tokenInCookie(value) : null;
});

/** The signed-in session for this request, checked against the database (once per request). */
export const currentSession = cache(async (): Promise<CurrentSession | null> => {
  const token = await cookieSessionToken();
  return token ? findLiveSession(token) : null;
});

const COOKIE_LIFETIME_S = POLICY.session.absoluteMs / 1000;

async function writeSessionCookie(value: string, maxAge: number): Promise<void> {
  const { name, secure } = sessionCookie();
  (await cookies()).set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure, maxAge });
}

/**
 * Puts a freshly created session token into the browser's cookie, encrypted with next-auth's JWT
 * encoding (what cookieSessionToken reads). Written here rather than through next-auth's signIn(),
 * which runs its whole request pipeline (a Request built and parsed, a credentials provider,
 * callbacks) to set the same cookie.
 */
export async function startBrowserSession(token: string): Promise<void> {
  // No later than next-auth's own expiry inside the cookie (its clock in whole seconds).
  const expiresAt = (Math.floor(Date.now() / 1000) + COOKIE_LIFETIME_S) * 1000;
  const value = await encode({
    token: { sessionToken: token },
    secret: env().AUTH_SECRET,
    salt: sessionCookie().name,
    maxAge: COOKIE_LIFETIME_S,
  });
  tokenInCookie.remember(value, { token, expiresAt });
  await writeSessionCookie(value, COOKIE_LIFETIME_S);
}

export async function clearBrowserSession(): Promise<void> {
  await writeSessionCookie("", 0);
}
