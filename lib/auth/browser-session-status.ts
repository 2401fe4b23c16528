import "server-only";
import { sessionStatus, type SessionStatus } from "../sessions/session-status";
import { cookieSessionToken } from "./current-session";

/** The status of the session in this request's cookie (see sessionStatus). */
export async function browserSessionStatus(options: { extend?: boolean } = {}): Promise<SessionStatus> {
  return sessionStatus((await cookieSessionToken()) ?? undefined, options);
}
