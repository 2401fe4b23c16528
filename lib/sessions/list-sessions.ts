import "server-only";
import { db } from "../db";
import { describeDevice, describePlace } from "../http/describe-device";
import { idleTimeoutMs, type CurrentSession } from "./sessions";

export type SessionListItem = {
  id: string;
  current: boolean;
  /** msg() references (lib/http/describe-device.ts): the page reads them in the reader's language. */
  device: string;
  place: string;
  signedInAt: Date;
  lastSeenAt: Date;
};

/** The person's live sessions (not ended, not idle too long, not past the 12-hour limit), this one first. */
export async function listSessions(current: Pick<CurrentSession, "id" | "user">): Promise<SessionListItem[]> {
  const now = Date.now();
  const userId = current.user.id;
  const rows = await db().session.findMany({
    where: {
      userId,
      revokedAt: null,
      expiresAt: { gt: new Date(now) },
      lastSeenAt: { gt: new Date(now - idleTimeoutMs()) },
    },
    select: { id: true, userAgent: true, ip: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: "desc" },
  });
  const items = rows.map((row) => ({
    id: row.id,
    current: row.id === current.id,
    device: describeDevice(row.userAgent),
    place: describePlace(row.ip),
    signedInAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
  }));
  // This device first, then the others by last activity.
  return [...items.filter((s) => s.current), ...items.filter((s) => !s.current)];
}
