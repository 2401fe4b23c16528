import "server-only";
import { db } from "./db";
import { listMigrations } from "./db/migrate";
import { isStopping } from "./ops/lifecycle";

/** /api/health: the process is alive and answers. */
export async function checkHealth(): Promise<{ ok: boolean }> {
  try {
    await db().$queryRaw`SELECT 1`;
    return { ok: true };
  } catch {
    return { ok: false };
  }
}

export type Readiness = { ok: true } | { ok: false; reason: string };

let shippedMigrations: string[] | null = null;

/**
 * /api/ready: whether a load balancer should send this instance work. The database answers, and
 * every migration this release ships (prisma/migrations) is recorded as applied in
 * _prisma_migrations; migrations the database has beyond those (a newer release migrated first)
 * are fine. Not ready either while the instance is stopping.
 */
export async function checkReadiness(): Promise<Readiness> {
  if (isStopping()) return { ok: false, reason: "shutting down" };
  shippedMigrations ??= listMigrations().map((migration) => migration.name);
  let applied: Set<string>;
  try {
    const rows = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((row) => row.migration_name));
  } catch (error) {
    // A missing table is a database nobody has migrated; anything else, one that does not answer.
    const missingTable = /_prisma_migrations/.test(String((error as Error).message)) && /exist/.test(String((error as Error).message));
    return { ok: false, reason: missingTable ? "database not migrated" : "database unavailable" };
  }
  const missing = shippedMigrations.filter((name) => !applied.has(name));
  if (missing.length > 0)
    return {
      ok: false,
      reason: `database schema behind: ${missing.length} migration(s) not applied, newest ${missing[missing.length - 1]}`,
    };
  return { ok: true };
}
