// What every benchmark script shares: the database it runs against, and the median it prints.
import { startMemoryDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * DATABASE_URL when it is set (migrated here too when `migrateGiven`), else an in-memory embedded
 * database, migrated. Sets the environment the portal's lib code reads; `stop` ends the embedded one.
 */
export async function benchDatabase({ migrateGiven }: { migrateGiven: boolean }): Promise<{ url: string; stop: () => Promise<void> }> {
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    const database = await startMemoryDatabase();
    stop = database.stop;
    url = database.url;
    await applyMigrations(url);
    // The embedded database serves one connection at a time, as the portal uses it.
    process.env.DATABASE_POOL_MAX = "1";
    console.log("Database: embedded PostgreSQL (PGlite, in memory)");
  } else {
    if (migrateGiven) await applyMigrations(url);
    console.log("Database: DATABASE_URL");
  }
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ??= "bench-auth-secret-0123456789-abcdefghijklmnop";
  process.env.DATA_ENCRYPTION_KEY ??= Buffer.alloc(32, 1).toString("base64");
  process.env.LOG_LEVEL ??= "silent";
  return { url, stop };
}
