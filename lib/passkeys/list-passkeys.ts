import "server-only";
import { db } from "../db";

export type PasskeySummary = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

export function listPasskeys(userId: string): Promise<PasskeySummary[]> {
  return db().passkey.findMany({
    where: { userId },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: "asc" },
  });
}

export async function hasPasskey(userId: string): Promise<boolean> {
  return (await db().passkey.count({ where: { userId } })) > 0;
}
