import "server-only";
import { db, type Tx } from "../db";

/**
 * Counts one attempt against a fixed window kept in the database (shared by every server instance)
 * and says whether it is allowed. Atomic: one INSERT ... ON CONFLICT statement. Given a transaction,
 * the count is part of it.
 */
export async function hitRateLimit(
  key: string,
  limit: number,
  windowMs: number,
  client: Pick<Tx, "$queryRaw"> = db(),
): Promise<{ allowed: boolean; count: number }> {
  const rows = await client.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimit" (key, "windowStart", count)
    VALUES (${key}, now(), 1)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowMs / 1000}::double precision)
                   THEN 1 ELSE "RateLimit".count + 1 END,
      "windowStart" = CASE WHEN "RateLimit"."windowStart" < now() - make_interval(secs => ${windowMs / 1000}::double precision)
                   THEN now() ELSE "RateLimit"."windowStart" END
    RETURNING count`;
  const count = Number(rows[0]?.count ?? 1);
  return { allowed: count <= limit, count };
}

/** The count in the current window without adding to it (0 when the window has passed). */
export async function peekRateLimit(key: string, windowMs: number): Promise<number> {
  const rows = await db().$queryRaw<{ count: number }[]>`
    SELECT count FROM "RateLimit"
    WHERE key = ${key} AND "windowStart" >= now() - make_interval(secs => ${windowMs / 1000}::double precision)`;
  return Number(rows[0]?.count ?? 0);
}
