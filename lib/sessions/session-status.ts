import "server-only";
import { env } from "../env";
import { findLiveSession } from "./sessions";

export type SessionStatus =
  { signedIn: false } | { signedIn: true; full: boolean; remainingMs: number; warningMs: number; idleLimited: boolean };

export function idleWarningMs(): number {
  return env().SESSION_WARNING_SECONDS * 1000;
}

/**
 * How long the session behind a token has left. Reading it must not count as activity (the idle
 * warning asks this while the person is away); `extend` is the "Keep me signed in" button.
 */
export async function sessionStatus(token: string | undefined, { extend = false } = {}): Promise<SessionStatus> {
  const session = token ? await findLiveSession(token, { touch: extend }) : null;
  if (!session) return { signedIn: false };
  const now = Date.now();
  return {
    signedIn: true,
    full: session.level === "FULL",
    remainingMs: Math.max(0, session.idleExpiresAt.getTime() - now),
    warningMs: idleWarningMs(),
    // False when the 12-hour limit comes first: then keeping the session alive cannot help.
    idleLimited: session.idleExpiresAt.getTime() < session.expiresAt.getTime(),
  };
}
