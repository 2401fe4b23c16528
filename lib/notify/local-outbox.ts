import "server-only";
import { db } from "../db";
import { env } from "../env";

/** Messages kept locally because no transport is configured (development and the demo only). */
export async function listLocalOutbox(limit = 50) {
  if (env().NODE_ENV === "production") return [];
  return db().outboundMessage.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, channel: true, to: true, subject: true, body: true, status: true, createdAt: true },
  });
}
