import "server-only";
import { sessionStatus, type SessionStatus } from "../sessions/session-status";
import { auth } from "./next-auth";

/** The status of the session in this request's cookie (see sessionStatus). */
export async function browserSessionStatus(options: { extend?: boolean } = {}): Promise<SessionStatus> {
  const cookieSession = await auth();
  return sessionStatus(cookieSession?.sessionToken, options);
}
