// Setup file of the `integration` and `integration-isolated` Vitest projects (see vitest.config.ts). The database itself is
// made and migrated by the globalSetup (tests/support/integration-database.ts), which hands its URL
// over here. Before each test: every application table (all of schema public but
// _prisma_migrations) is emptied, and so is the job queue (schema graphile_worker), by
// ./empty-tables.ts. After each test: process.env is restored and the parsed settings are dropped,
// so a test may change settings freely.
import { afterAll, afterEach, beforeEach, inject } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { emptyTables } from "./empty-tables";

const database = inject("integrationDatabase");
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_MAX = database.poolMax;
resetEnvCache();

const savedEnv = { ...process.env };

beforeEach(emptyTables);

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
