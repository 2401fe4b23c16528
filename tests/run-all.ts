// `npm test`: every check, in order, stopping at the first that fails:
//   lint, format check and types (at the same time) → unit tests → integration tests (embedded
//   database and PostgreSQL, at the same time) → build → browser tests (then: was their database dropped?).
// Ends with one line "N passed, N failed" counting the tests of Vitest and Playwright, read from
// their JSON reports (never hard-coded).
import fs from "node:fs";
import path from "node:path";
import { dbStateFileOf, E2E_WORKERS } from "./e2e/e2e-env";
import { databaseExists } from "./support/scratch-database";
import { spawnLogged, type Ended } from "./support/spawn-logged";

const ROOT = process.cwd();
const VITEST_REPORTS = path.join(ROOT, "test-results", "vitest");
const UNIT_REPORT = path.join(VITEST_REPORTS, "unit.json");
const INTEGRATION_REPORTS = [
  path.join(VITEST_REPORTS, "integration-embedded.json"),
  path.join(VITEST_REPORTS, "integration-postgres.json"),
];
const PLAYWRIGHT_REPORT = path.join(ROOT, "test-results", "playwright-report.json");

type Counts = { passed: number; failed: number };
type Step = {
  name: string;
  script: string;
  args?: string[];
  env?: Record<string, string>;
  reports?: () => Counts | null;
  /** Steps next to each other with the same group run at the same time (each output printed whole when it ends). */
  group?: string;
  /** After the step passed: what it left wrong, if anything (the step then fails). */
  leftBehind?: () => Promise<string | null>;
};

/** Vitest's JSON reporter (Jest's format). */
function vitestCounts(...files: string[]): () => Counts | null {
  return () => {
    let found = false;
    const counts = { passed: 0, failed: 0 };
    for (const file of files) {
      if (!fs.existsSync(file)) continue;
      found = true;
      const report = JSON.parse(fs.readFileSync(file, "utf8")) as { numPassedTests?: number; numFailedTests?: number };
      counts.passed += report.numPassedTests ?? 0;
      counts.failed += report.numFailedTests ?? 0;
    }
    return found ? counts : null;
  };
}

/** Playwright's JSON reporter: expected = passed, flaky = passed on retry, unexpected = failed. */
function playwrightCounts(): Counts | null {
  if (!fs.existsSync(PLAYWRIGHT_REPORT)) {
    console.warn(`\nNote: ${path.relative(ROOT, PLAYWRIGHT_REPORT)} was not written, so browser tests are not in the totals.`);
    return null;
  }
  const { stats } = JSON.parse(fs.readFileSync(PLAYWRIGHT_REPORT, "utf8")) as {
    stats?: { expected?: number; unexpected?: number; flaky?: number };
  };
  return { passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0), failed: stats?.unexpected ?? 0 };
}

const STEPS: Step[] = [
  // Each of these keeps about one core busy, and none needs another's result.
  { name: "Lint", script: "lint", group: "static" },
  { name: "Format check", script: "format:check", group: "static" },
  { name: "Type check", script: "test:types", group: "static" },
  {
    name: "Unit tests",
    script: "test:unit",
    args: ["--reporter=default", "--reporter=json", `--outputFile.json=${UNIT_REPORT}`],
    reports: vitestCounts(UNIT_REPORT),
  },
  // tests/run-integration.ts writes one Vitest JSON report per database leg.
  { name: "Integration tests", script: "test:integration", reports: vitestCounts(...INTEGRATION_REPORTS) },
  { name: "Build", script: "build" },
  {
    name: "Browser tests",
    script: "test:e2e",
    // Where Playwright's json reporter writes when the config names no file.
    env: { PLAYWRIGHT_JSON_OUTPUT_FILE: PLAYWRIGHT_REPORT },
    reports: playwrightCounts,
    leftBehind: browserTestDatabaseLeft,
  },
];

/** What each browser-test worker's serve.ts wrote: the database it made. */
const DB_STATE_FILES = Array.from({ length: E2E_WORKERS }, (_, index) => dbStateFileOf(index));

/**
 * The browser tests' servers (tests/e2e/serve.ts) drop their PostgreSQL databases when Playwright
 * stops them; one that is still there was stopped too hard (and every run would leave another behind).
 */
async function browserTestDatabaseLeft(): Promise<string | null> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return null;
  const left: string[] = [];
  for (const file of DB_STATE_FILES.filter((f) => fs.existsSync(f))) {
    const { url, engine } = JSON.parse(fs.readFileSync(file, "utf8")) as { url: string; engine: string };
    const name = new URL(url).pathname.slice(1);
    if (engine === "postgresql" && (await databaseExists(adminUrl, name))) left.push(name);
  }
  return left.length ? `the browser tests' database(s) ${left.join(", ")} were left behind: a test server did not stop cleanly` : null;
}

const LOGS = path.join(ROOT, "test-results", "steps");

/** Runs one step; with `buffered`, its output is kept in a file and returned when it ends. */
async function run(step: Step, buffered = false): Promise<Ended> {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const args = ["run", step.script, ...(step.args?.length ? ["--", ...step.args] : [])];
  const logFile = buffered ? path.join(LOGS, `${step.script.replace(/[^a-z0-9-]/gi, "-")}.log`) : undefined;
  const { child, ended } = spawnLogged(npm, args, { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...step.env }, logFile);
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  try {
    return await ended;
  } finally {
    process.off("SIGINT", forward);
    process.off("SIGTERM", forward);
  }
}

/** The step's exit code, made a failure when it passed but left something wrong behind. */
async function checked(step: Step, code: number): Promise<number> {
  if (code !== 0 || !step.leftBehind) return code;
  const problem = await step.leftBehind().catch((error: unknown) => `could not check what it left behind: ${String(error)}`);
  if (!problem) return code;
  console.error(`\n${step.name}: ${problem}`);
  return 1;
}

function banner(text: string): void {
  const line = "#".repeat(Math.max(60, text.length + 8));
  console.log(`\n${line}\n### ${text}\n${line}`);
}

async function main(): Promise<number> {
  // Reports from an earlier run must not be counted again, nor its browser tests' database looked for.
  for (const file of [UNIT_REPORT, ...INTEGRATION_REPORTS, PLAYWRIGHT_REPORT, ...DB_STATE_FILES]) fs.rmSync(file, { force: true });

  const total: Counts = { passed: 0, failed: 0 };
  const lines = new Map<number, string>();
  const failed: string[] = [];

  const finish = (step: Step, code: number, started: number) => {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    // Read reports straight away: a later step (Playwright) may clear test-results/.
    const counts = step.reports?.() ?? null;
    if (counts) {
      total.passed += counts.passed;
      total.failed += counts.failed;
    }
    const tally = counts ? `, ${counts.passed} passed, ${counts.failed} failed` : "";
    lines.set(STEPS.indexOf(step), `  ${code === 0 ? "ok    " : "FAILED"} ${step.name} (${seconds} s${tally})`);
    if (code !== 0) failed.push(step.name);
  };

  for (let index = 0; index < STEPS.length && failed.length === 0;) {
    const step = STEPS[index];
    let end = index + 1;
    while (step.group && end < STEPS.length && STEPS[end].group === step.group) end++;
    const started = Date.now();
    if (end === index + 1) {
      banner(`${index + 1}/${STEPS.length} ${step.name} (npm run ${step.script})`);
      finish(step, await checked(step, (await run(step)).code), started);
    } else {
      const together = STEPS.slice(index, end);
      console.log(`\nAt the same time: ${together.map((s) => s.name).join(", ")} (each one's output is printed when it ends)`);
      await Promise.all(
        together.map(async (each, offset) => {
          const { code, output } = await run(each, true);
          banner(`${index + offset + 1}/${STEPS.length} ${each.name} (npm run ${each.script})`);
          process.stdout.write(output);
          finish(each, await checked(each, code), started);
        }),
      );
    }
    index = end;
  }

  banner("Summary");
  for (const [, line] of [...lines].sort(([a], [b]) => a - b)) console.log(line);
  const skipped = STEPS.filter((_, index) => !lines.has(index)).map((s) => s.name);
  if (failed.length) {
    console.log(`\n${failed.join(", ")} failed${skipped.length ? `; not run: ${skipped.join(", ")}` : ""}.`);
  }
  console.log(`\n${total.passed} passed, ${total.failed} failed`);
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
