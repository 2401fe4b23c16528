import "server-only";
import { sessionStatus, type SessionStatus } from "../sessions/session-status";
import { auth } from "./next-auth";

/** The status of the session in this request's cookie (see sessionStatus). */
export async function browserSessionStatus(options: { extend?: boolean } = {}): Promise<SessionStatus> {
  const cookieSession = await auth();
  return sessionStatus(cookieSession?.sessionToken, options);
}

/**
 * Keeping a session alive is a state change: only from the portal's own pages. The cookie is
 * SameSite=Lax already; this also refuses same-site requests from other origins.
 */
export function fromOwnOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (request.headers.get("sec-fetch-site") === "cross-site") return false;
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
