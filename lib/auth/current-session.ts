import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { homeFor } from "../sessions/home-for";
import { hasRecentSecondStep } from "./reauth";
import { findLiveSession, type CurrentSession } from "../sessions/sessions";
import { auth, signIn, signOut } from "./next-auth";

/** The signed-in session for this request, checked against the database (once per request). */
export const currentSession = cache(async (): Promise<CurrentSession | null> => {
  const cookieSession = await auth();
  const token = cookieSession?.sessionToken;
  return token ? findLiveSession(token) : null;
});

/** Any fully signed-in person, applicant or officer (pages both share, like the renewed backup code). */
export async function requireSignedIn(): Promise<CurrentSession> {
  const session = await currentSession();
  if (!session) redirect("/sign-in?reason=signed-out");
  if (session.level !== "FULL") redirect(homeFor(session));
  return session;
}

/** For applicant account pages: the applicant's full session, or off to where this session belongs (officers: the console). */
export async function requireFullSession(): Promise<CurrentSession> {
  const session = await requireSignedIn();
  if (session.user.role !== "APPLICANT") redirect(homeFor(session));
  return session;
}

/**
 * For the officer console: a fully signed-in officer. Everyone else, signed in or not, gets "page
 * not found", so the console's pages and actions do not even admit they exist.
 */
export async function requireOfficer(): Promise<CurrentSession> {
  const session = await currentSession();
  if (!session || session.level !== "FULL" || session.user.role !== "OFFICER") notFound();
  return session;
}

/** Puts a freshly created session token into the browser's cookie. */
export async function startBrowserSession(token: string): Promise<void> {
  await signIn("session-token", { token, redirect: false });
}

export async function clearBrowserSession(): Promise<void> {
  await signOut({ redirect: false });
}

/** For the second step of signing in: a session whose password is done and code is not. */
export async function requirePasswordOnlySession(): Promise<CurrentSession> {
  const session = await currentSession();
  if (!session) redirect("/sign-in?reason=signed-out");
  if (session.level !== "PASSWORD_ONLY") redirect(homeFor(session));
  return session;
}

/**
 * For settings pages that change security settings: the full session, with a second step passed
 * in the last 20 minutes, or off to the re-check that comes back to `returnTo`.
 */
export async function requireRecentSecondStep(returnTo: string): Promise<CurrentSession> {
  const session = await requireFullSession();
  if (!hasRecentSecondStep(session)) redirect(`/settings/verify?next=${encodeURIComponent(returnTo)}`);
  return session;
}
