// Vitest globalSetup of the `integration` project (vitest.config.ts): the database the run uses,
// made fresh and migrated before the first test file and removed after the last. So any
// *.integration.test.ts runs on its own, from an editor or `npx vitest run <file>`:
//   - by default an embedded PostgreSQL (PGlite, in memory);
//   - with INTEGRATION_DATABASE_SERVER set (tests/run-integration.ts sets it from TEST_DATABASE_URL),
//     a new database portal_test_<random> on that server, whose role may CREATE DATABASE.
// A DATABASE_URL in the shell is never used: the tests empty every table before each test.
// The URL reaches the test workers through provide()/inject() (tests/support/integration-setup.ts).
import type { TestProject } from "vitest/node";
import { startMemoryDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { createScratchDatabase } from "./scratch-database";

declare module "vitest" {
  export interface ProvidedContext {
    integrationDatabase: { url: string; poolMax: string };
  }
}

function withoutPassword(url: string): string {
  const safe = new URL(url);
  if (safe.password) safe.password = "***";
  return safe.toString();
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.INTEGRATION_DATABASE_SERVER;
  const database = adminUrl
    ? await createScratchDatabase(adminUrl, "portal_test").then((db) => ({ url: db.url, remove: db.drop }))
    : await startMemoryDatabase().then((db) => ({ url: db.url, remove: db.stop }));
  try {
    const applied = await applyMigrations(database.url);
    console.log(
      `[integration] ${adminUrl ? "PostgreSQL server" : "embedded PGlite"}: ${applied.length} migration(s) applied at ${withoutPassword(database.url)}`,
    );
  } catch (error) {
    await database.remove().catch(() => {});
    throw error;
  }
  // The embedded engine serves one connection at a time.
  project.provide("integrationDatabase", { url: database.url, poolMax: adminUrl ? "" : "1" });
  return async () => {
    await database
      .remove()
      .catch((error) => console.error(`[integration] could not remove the test database: ${(error as Error).message}`));
  };
}
