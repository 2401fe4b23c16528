import "server-only";
import { cookies } from "next/headers";
import { isLinkToken } from "../crypto/tokens";
import { env } from "../env";

// A client who opens an invitation signed out goes to sign in or create an account first. The link's
// token waits in a short-lived, HttpOnly cookie of this browser, and their account's first page sends
// them back to the invitation (through /invitation/resume, which also forgets it).

const COOKIE = "portal-invitation";
/** Long enough to create an account (email, password, second step, questions) in one sitting. */
const MAX_AGE_SECONDS = 2 * 60 * 60;

/** Remembers the invitation (from a server action: only they may set cookies). */
export async function rememberInvitation(token: string): Promise<void> {
  if (!isLinkToken(token)) return;
  (await cookies()).set(COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(env().APP_URL).protocol === "https:",
    path: "/",
    maxAge: MAX_AGE_SECONDS,
  });
}

export async function hasPendingInvitation(): Promise<boolean> {
  return isLinkToken((await cookies()).get(COOKIE)?.value);
}

/** The waiting invitation's token, forgotten as it is read (from a route handler). */
export async function takePendingInvitation(): Promise<string | null> {
  const store = await cookies();
  const token = store.get(COOKIE)?.value;
  store.delete(COOKIE);
  return isLinkToken(token) ? token : null;
}
