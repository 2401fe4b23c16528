import "server-only";
import { db } from "../db";

// The challenge of the one passkey ceremony a session may have under way: five minutes, single use.

export const CHALLENGE_TTL_MS = 5 * 60_000;

export async function storeChallenge(sessionId: string, challenge: string): Promise<void> {
  await db().session.update({
    where: { id: sessionId },
    data: { webauthnChallenge: challenge, webauthnChallengeExpiresAt: new Date(Date.now() + CHALLENGE_TTL_MS) },
  });
}

/**
 * The session's pending challenge, cleared as it is read whatever the outcome of the check that
 * follows; null when there is none, it expired, or another request took it first.
 */
export async function takeChallenge(sessionId: string): Promise<string | null> {
  const row = await db().session.findUnique({
    where: { id: sessionId },
    select: { webauthnChallenge: true, webauthnChallengeExpiresAt: true },
  });
  if (!row?.webauthnChallenge) return null;
  const taken = await db().session.updateMany({
    where: { id: sessionId, webauthnChallenge: row.webauthnChallenge },
    data: { webauthnChallenge: null, webauthnChallengeExpiresAt: null },
  });
  if (taken.count !== 1) return null;
  if (!row.webauthnChallengeExpiresAt || row.webauthnChallengeExpiresAt.getTime() <= Date.now()) return null;
  return row.webauthnChallenge;
}
