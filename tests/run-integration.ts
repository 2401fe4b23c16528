// `npm run test:integration`: the Vitest projects `integration` and `integration-isolated` (the files
// that mock modules; see vitest.config.ts), run once per database engine.
//   1. the embedded engine (PGlite, in memory), always;
//   2. a real PostgreSQL when TEST_DATABASE_URL is set, at the same time as the first: a URL to a
//      server where the role may CREATE DATABASE. A fresh database portal_test_<random> is created,
//      migrated, used and dropped by each project's globalSetup (tests/support/integration-database.ts,
//      given INTEGRATION_DATABASE_SERVER).
// Without TEST_DATABASE_URL the PostgreSQL leg is skipped with a notice, except under CI, where that
// is an error. Exits non-zero if any leg fails. Extra arguments are passed to Vitest (e.g. a file filter).
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { spawnLogged } from "./support/spawn-logged";

const ROOT = process.cwd();
const VITEST = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "vitest.cmd" : "vitest");
const REPORT_DIR = path.join(ROOT, "test-results", "vitest");
const extraArgs = process.argv.slice(2);

type LegResult = { label: string; status: "passed" | "failed" | "skipped"; detail?: string };

const activeChildren = new Set<ChildProcess>();

function banner(text: string): void {
  const line = "=".repeat(Math.max(60, text.length + 8));
  console.log(`\n${line}\n=== ${text}\n${line}`);
}

/**
 * One Vitest run of the integration project. With `buffered`, its output goes to a file and is
 * printed in one piece when the run ends, so two legs running at once do not interleave lines.
 */
function runVitest(label: string, reportName: string, env: Record<string, string>, buffered: boolean): Promise<number> {
  fs.mkdirSync(REPORT_DIR, { recursive: true });
  const reportFile = path.join(REPORT_DIR, `${reportName}.json`);
  const logFile = path.join(REPORT_DIR, `${reportName}.log`);
  fs.rmSync(reportFile, { force: true });
  const args = [
    "run",
    "--project",
    "integration*",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${reportFile}`,
    ...extraArgs,
  ];
  const { child, ended } = spawnLogged(VITEST, args, { ...process.env, ...env, INTEGRATION_LEG: label }, buffered ? logFile : undefined);
  activeChildren.add(child);
  return ended.then(({ code, output }) => {
    activeChildren.delete(child);
    if (buffered) {
      banner(`Integration tests [${label}]`);
      process.stdout.write(output);
    }
    return code;
  });
}

// The database of each leg is made, migrated and removed by the project's globalSetup
// (tests/support/integration-database.ts), the same one a single file run from an editor uses.
async function leg(label: string, reportName: string, server: string | undefined, buffered: boolean): Promise<LegResult> {
  if (!buffered) banner(`Integration tests [${label}]`);
  const code = await runVitest(label, reportName, { INTEGRATION_DATABASE_SERVER: server ?? "" }, buffered);
  return { label, status: code === 0 ? "passed" : "failed", detail: code === 0 ? undefined : `vitest exited with ${code}` };
}

async function main(): Promise<number> {
  const results: LegResult[] = [];
  const embedded = "embedded PostgreSQL (PGlite, in memory)";
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    // Both legs at once: each runs its files one at a time on its own database, and much of either
    // leg's time is spent waiting (on the database server, on mail and text servers, on timers).
    console.log("\nThe two legs run at the same time; the output of each is printed when it ends.");
    results.push(
      ...(await Promise.all([
        leg(embedded, "integration-embedded", undefined, true),
        leg("PostgreSQL server (TEST_DATABASE_URL)", "integration-postgres", adminUrl, true),
      ])),
    );
  } else if (process.env.CI) {
    const message =
      "TEST_DATABASE_URL is not set, and CI must run the integration tests on a real PostgreSQL too. " +
      "Set it to a server URL whose role may CREATE DATABASE (see .ci/run).";
    results.push(await leg(embedded, "integration-embedded", undefined, false));
    banner("Integration tests [PostgreSQL server]: NOT RUN");
    console.error(message);
    results.push({
      label: "PostgreSQL server (TEST_DATABASE_URL)",
      status: "failed",
      detail: "TEST_DATABASE_URL is not set (required under CI)",
    });
  } else {
    results.push(await leg(embedded, "integration-embedded", undefined, false));
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
  for (const child of activeChildren) child.kill("SIGTERM");
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
