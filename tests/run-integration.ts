// `npm run test:integration`: the `integration` Vitest project, run once per database engine.
//   1. the embedded engine (PGlite, in memory), always;
//   2. a real PostgreSQL when TEST_DATABASE_URL is set: a URL to a server where the role may
//      CREATE DATABASE. A fresh database portal_test_<random> is created, migrated, used and dropped.
// Without TEST_DATABASE_URL the PostgreSQL leg is skipped with a notice, except under CI, where that
// is an error. Exits non-zero if any leg fails. Extra arguments are passed to Vitest (e.g. a file filter).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { startMemoryDatabase } from "../lib/db/embedded";
import { applyMigrations } from "../lib/db/migrate";

const ROOT = process.cwd();
const VITEST = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "vitest.cmd" : "vitest");
const REPORT_DIR = path.join(ROOT, "test-results", "vitest");
const extraArgs = process.argv.slice(2);

type LegResult = { label: string; status: "passed" | "failed" | "skipped"; detail?: string };

let activeChild: ChildProcess | null = null;
const cleanups: (() => Promise<void>)[] = [];

function banner(text: string): void {
  const line = "=".repeat(Math.max(60, text.length + 8));
  console.log(`\n${line}\n=== ${text}\n${line}`);
}

function runVitest(label: string, reportName: string, env: Record<string, string>): Promise<number> {
  fs.mkdirSync(REPORT_DIR, { recursive: true });
  const reportFile = path.join(REPORT_DIR, `${reportName}.json`);
  fs.rmSync(reportFile, { force: true });
  const args = [
    "run",
    "--project",
    "integration",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${reportFile}`,
    ...extraArgs,
  ];
  return new Promise((resolve) => {
    const child = spawn(VITEST, args, { stdio: "inherit", env: { ...process.env, ...env, INTEGRATION_LEG: label } });
    activeChild = child;
    child.once("exit", (code, signal) => {
      activeChild = null;
      resolve(code ?? (signal ? 1 : 0));
    });
    child.once("error", (error) => {
      activeChild = null;
      console.error(`Could not start Vitest: ${error.message}`);
      resolve(1);
    });
  });
}

async function embeddedLeg(): Promise<LegResult> {
  const label = "embedded PostgreSQL (PGlite, in memory)";
  banner(`Integration tests [${label}]`);
  let database: Awaited<ReturnType<typeof startMemoryDatabase>> | null = null;
  try {
    database = await startMemoryDatabase();
    const stop = database.stop;
    cleanups.push(stop);
    const applied = await applyMigrations(database.url);
    console.log(`[${label}] ${applied.length} migration(s) applied at ${database.url}`);
    const code = await runVitest(label, "integration-embedded", { DATABASE_URL: database.url, DATABASE_POOL_MAX: "1" });
    return { label, status: code === 0 ? "passed" : "failed", detail: code === 0 ? undefined : `vitest exited with ${code}` };
  } catch (error) {
    console.error(`[${label}] could not prepare the database: ${(error as Error).message}`);
    return { label, status: "failed", detail: (error as Error).message };
  } finally {
    if (database) {
      await database.stop();
      cleanups.splice(cleanups.indexOf(database.stop), 1);
    }
  }
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function postgresLeg(adminUrl: string): Promise<LegResult> {
  const label = "PostgreSQL server (TEST_DATABASE_URL)";
  banner(`Integration tests [${label}]`);
  const name = `portal_test_${randomBytes(6).toString("hex")}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const safeUrl = new URL(databaseUrl);
  if (safeUrl.password) safeUrl.password = "***";

  const admin = new pg.Client({ connectionString: adminUrl });
  let created = false;
  const drop = async () => {
    if (!created) return;
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      created = false;
      console.log(`[${label}] dropped database ${name}`);
    } finally {
      await client.end();
    }
  };
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
    created = true;
    cleanups.push(drop);
    await admin.end();
    const applied = await applyMigrations(databaseUrl);
    console.log(`[${label}] created ${safeUrl.toString()}, ${applied.length} migration(s) applied`);
    const code = await runVitest(label, "integration-postgres", { DATABASE_URL: databaseUrl, DATABASE_POOL_MAX: "" });
    return { label, status: code === 0 ? "passed" : "failed", detail: code === 0 ? undefined : `vitest exited with ${code}` };
  } catch (error) {
    console.error(`[${label}] could not prepare the database: ${(error as Error).message}`);
    return { label, status: "failed", detail: (error as Error).message };
  } finally {
    await admin.end().catch(() => {});
    await drop().catch((error) => console.error(`[${label}] could not drop ${name}: ${(error as Error).message}`));
    cleanups.splice(cleanups.indexOf(drop), 1);
  }
}

async function main(): Promise<number> {
  const results: LegResult[] = [];
  results.push(await embeddedLeg());

  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    results.push(await postgresLeg(adminUrl));
  } else if (process.env.CI) {
    const message =
      "TEST_DATABASE_URL is not set, and CI must run the integration tests on a real PostgreSQL too. " +
      "Set it to a server URL whose role may CREATE DATABASE (see .ci/run).";
    banner("Integration tests [PostgreSQL server]: NOT RUN");
    console.error(message);
    results.push({ label: "PostgreSQL server (TEST_DATABASE_URL)", status: "failed", detail: "TEST_DATABASE_URL is not set (required under CI)" });
  } else {
    banner("Integration tests [PostgreSQL server]: skipped");
    console.log(
      "NOTICE: the PostgreSQL leg did not run because TEST_DATABASE_URL is not set. To run it, point it at a\n" +
        "server whose role may CREATE DATABASE, for example:\n" +
        "  TEST_DATABASE_URL=postgresql://portal:portal@127.0.0.1:5432/postgres npm run test:integration\n" +
        "(.ci/run shows how to start PostgreSQL 15 and create such a role.)",
    );
    results.push({ label: "PostgreSQL server (TEST_DATABASE_URL)", status: "skipped", detail: "TEST_DATABASE_URL is not set" });
  }

  banner("Integration tests: summary");
  for (const result of results) {
    console.log(`  ${result.status.toUpperCase().padEnd(7)} ${result.label}${result.detail ? ` (${result.detail})` : ""}`);
  }
  return results.some((result) => result.status === "failed") ? 1 : 0;
}

async function cleanUpAndExit(code: number): Promise<never> {
  activeChild?.kill("SIGTERM");
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUpAndExit(130));
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(error);
    await cleanUpAndExit(1);
  },
);
