// A database of its own on a PostgreSQL server, for one test run or benchmark: made empty (or as a
// copy of another) and dropped at the end. The integration tests, the browser tests, the
// two-instance tests and the benchmarks all make theirs here.
import { randomBytes } from "node:crypto";
import pg from "pg";

export interface ScratchDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

// 42501: WITH (FORCE) may not end a superuser's process, and an autovacuum worker on the database
// (after a run that wrote many rows) is one; it finishes within moments. 55006: someone connected
// again between the force and the drop.
const HELD = new Set(["42501", "55006"]);
const DROP_ATTEMPTS = 40;

/** A new database named `<prefix>_<random hex>` on the server of `adminUrl` (a role that may CREATEDB). */
export async function createScratchDatabase(
  adminUrl: string,
  prefix: string,
  options: { template?: string } = {},
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  await withClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdent(name)}${options.template ? ` TEMPLATE ${quoteIdent(options.template)}` : ""}`),
  );
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => dropDatabase(adminUrl, name) };
}

export function dropDatabase(adminUrl: string, name: string): Promise<void> {
  return whileHeld(() => withClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)));
}

/** Whether the server of `adminUrl` still has a database `name`. */
export async function databaseExists(adminUrl: string, name: string): Promise<boolean> {
  const { rowCount } = await withClient(adminUrl, (client) => client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]));
  return rowCount === 1;
}

/** Runs `drop` again, a little later each time, while the database is held by a process it may not end. */
export async function whileHeld(
  drop: () => Promise<unknown>,
  pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await drop();
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (!code || !HELD.has(code) || attempt === DROP_ATTEMPTS) throw error;
      await pause(Math.min(100 * attempt, 1_000));
    }
  }
}

async function withClient<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
