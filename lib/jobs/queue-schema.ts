import { runMigrations } from "graphile-worker";
import { queueLogger } from "./queue-logger";
import { queuePool } from "./queue-pool";

// The job queue's own tables and functions (schema graphile_worker), versioned by graphile-worker
// itself. Installed or upgraded after the portal's migrations by lib/db/migrate.ts, so every
// process that adds jobs with SQL (the portal, the agency command, the seed) finds them.

export const QUEUE_SCHEMA = "graphile_worker";

export async function installJobQueue(databaseUrl: string): Promise<void> {
  const pool = queuePool(databaseUrl, 1);
  try {
    await runMigrations({ pgPool: pool, logger: queueLogger, schema: QUEUE_SCHEMA });
  } finally {
    await pool.end();
  }
}
