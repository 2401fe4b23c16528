import "server-only";
import type { Actor } from "../auth/roles";
import { db } from "../db";

export type PasskeySummary = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

/** The person's own passkeys, oldest first. */
export function listPasskeys(actor: Pick<Actor, "id">): Promise<PasskeySummary[]> {
  return db().passkey.findMany({
    where: { userId: actor.id },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "asc" },
  });
}
