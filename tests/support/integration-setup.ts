// Setup file of the `integration` Vitest project (see vitest.config.ts). The database itself is
// made and migrated by the globalSetup (tests/support/integration-database.ts), which hands its URL
// over here. Before each test: every application table (all of schema public but
// _prisma_migrations) is emptied, and so is the job queue (schema graphile_worker). After each test: process.env is restored and the parsed settings
// are dropped, so a test may change settings freely.
import { afterAll, afterEach, beforeAll, beforeEach, inject } from "vitest";
import { db } from "@/lib/db";
import { resetEnvCache } from "@/lib/env";

const database = inject("integrationDatabase");
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_MAX = database.poolMax;
resetEnvCache();

const savedEnv = { ...process.env };
let truncate: string | null = null;

async function applicationTables(): Promise<string[]> {
  const rows = await db().$queryRaw<{ tablename: string }[]>`
    SELECT tablename::text AS tablename FROM pg_tables
    WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'
    ORDER BY tablename`;
  return rows.map((row) => row.tablename);
}

beforeAll(async () => {
  const tables = await applicationTables();
  if (tables.length === 0) throw new Error("The test database has no tables: were the migrations applied?");
  const queue = ["_private_jobs", "_private_job_queues", "_private_known_crontabs"].map((t) => `graphile_worker.${t}`);
  truncate = `TRUNCATE TABLE ${[...tables.map((t) => `"public"."${t.replace(/"/g, '""')}"`), ...queue].join(", ")} RESTART IDENTITY CASCADE`;
});

beforeEach(async () => {
  if (truncate) await db().$executeRawUnsafe(truncate);
});

afterEach(() => {
  for (const name of Object.keys(process.env)) {
    if (!(name in savedEnv)) delete process.env[name];
  }
  Object.assign(process.env, savedEnv);
  resetEnvCache();
});

afterAll(async () => {
  const holder = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> } };
  await holder.prisma?.$disconnect();
  delete holder.prisma;
});
