import { applyMigrations } from "../db/migrate";
import { ensureEmbeddedDatabase } from "../db/embedded";
import { loadLocalEnv } from "./dev-secrets";
import { EnvError, parseEnv, resetEnvCache, type Env } from "../env";

/**
 * What every entry point (the server, CLI commands) does first: load local settings, start the
 * embedded database when no DATABASE_URL is set (outside production), apply migrations there,
 * then parse the environment. Exits the process with a named message on bad settings.
 */
export async function prepareEnvironment({ migrateEmbedded = true } = {}): Promise<Env> {
  loadLocalEnv();
  try {
    const embedded = !process.env.DATABASE_URL && process.env.NODE_ENV !== "production";
    // Check everything before starting a database; the embedded one supplies DATABASE_URL itself.
    parseEnv(embedded ? { ...process.env, DATABASE_URL: "postgresql://embedded" } : process.env);
    if (embedded) {
      process.env.DATABASE_URL = await ensureEmbeddedDatabase();
      // A single connection: PGlite runs one query at a time (STACK.md).
      process.env.DATABASE_POOL_MAX = "1";
      if (migrateEmbedded) await applyMigrations(process.env.DATABASE_URL);
    }
    resetEnvCache();
    return parseEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
