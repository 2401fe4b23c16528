// What the HTTP benchmarks share (sign-in, pages, database size, memory): a scratch PostgreSQL
// database made for the run and dropped after it, the BUILT portal started as `npm start` starts it
// (server.ts), autocannon to load it, and the way figures are printed (min/median/max of the
// repetitions, each ratio on its own line with its goal, the load average first).
//   BENCH_DATABASE_URL   a PostgreSQL role that may CREATEDB, on the maintenance database
//                        (default postgresql://portal:portal-ci-password@127.0.0.1:5432/postgres)
//   BENCH_PORT           the portal's port (default 4600); the memory probe uses BENCH_PORT + 1
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { applyMigrations } from "../../lib/db/migrate";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";

export { actionBody, actionHeaders, actionId, clientAddress } from "../support/server-action";

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://portal:portal-ci-password@127.0.0.1:5432/postgres";
export const PORT = Number(process.env.BENCH_PORT ?? 4600);
export const PROBE_PORT = PORT + 1;
export const APP_URL = `http://127.0.0.1:${PORT}`;
export const AUTH_SECRET = "bench-auth-secret-0123456789-abcdefghijklmnop";
export const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 3);

export function requireBuild(): void {
  if (!fs.existsSync(path.join(".next", "BUILD_ID")) || !fs.existsSync(path.join(".next", "portal-server.mjs"))) {
    console.error("No build found: run `npm run build` first (the benchmarks measure the built app).");
    process.exit(1);
  }
}

export function loadAverage(): string {
  return os
    .loadavg()
    .map((n) => n.toFixed(2))
    .join(" ");
}

export function heading(title: string): void {
  console.log(`\n== ${title} (load average at start: ${loadAverage()}; ${os.cpus().length} cores) ==`);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const fmt = (n: number, digits: number) => n.toFixed(digits);

/** "median (min-max) unit" of the repetitions. */
export function spread(values: number[], unit = "", digits = 1): string {
  return `${fmt(median(values), digits)} (${fmt(Math.min(...values), digits)}-${fmt(Math.max(...values), digits)})${unit ? ` ${unit}` : ""}`;
}

/** One line per ratio: its median and spread over the repetitions, the goal, and whether it is met. */
export function ratioLine(label: string, values: number[], goal: { atMost?: number; atLeast?: number }): string {
  const m = median(values);
  const goalText = goal.atMost !== undefined ? `<= ${goal.atMost}` : goal.atLeast !== undefined ? `>= ${goal.atLeast}` : "none";
  const met = goal.atMost !== undefined ? m <= goal.atMost : goal.atLeast !== undefined ? m >= goal.atLeast : true;
  return `RATIO ${label}: ${spread(values, "", 2)}  goal ${goalText}  ${met ? "MET" : "NOT MET"}`;
}

/** A fresh, migrated database for this run; `drop` removes it (also when the run failed). */
export async function scratchDatabase(): Promise<ScratchDatabase> {
  const database = await createScratchDatabase(ADMIN_URL, `portal_bench_${process.pid}`);
  await applyMigrations(database.url);
  return database;
}

/** The environment the portal's lib code reads, for the bench process itself (seeding, sessions). */
export function useDatabase(url: string): void {
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET = AUTH_SECRET;
  process.env.APP_URL = APP_URL;
  process.env.DATA_ENCRYPTION_KEY ??= Buffer.alloc(32, 1).toString("base64");
  process.env.LOG_LEVEL ??= "silent";
}

export type Portal = { child: ChildProcess; stop: () => Promise<void>; pid: number };

/**
 * The built portal as `npm start` runs it (scripts/start.sh: server.ts, one process, its heap cap
 * and memory allocator). Client addresses come from X-Forwarded-For, the bench being the trusted
 * proxy in front. `probe` loads the bench-only memory probe (tests/bench/memory-probe.mjs) with
 * --expose-gc: production never starts with either. BENCH_CPU_PROFILES=DIR writes a V8 CPU profile
 * of each portal process when it stops (through PORTAL_NODE_FLAGS: NODE_OPTIONS may not hold --cpu-prof).
 */
export async function startPortal(databaseUrl: string, { probe = false, nodeOptions = "", port = PORT } = {}): Promise<Portal> {
  const appUrl = `http://127.0.0.1:${port}`;
  const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "bench-uploads-"));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "10",
    AUTH_SECRET,
    APP_URL: appUrl,
    SMTP_URL: `smtp://127.0.0.1:${PORT + 2}`,
    MAIL_FROM: "Applicant Portal <no-reply@portal.test>",
    STRIPE_API_URL: "http://127.0.0.1:12111",
    STRIPE_WEBHOOK_SECRET: "whsec_bench_not_used",
    UPLOAD_DIR: uploads,
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
    TRUSTED_PROXIES: "127.0.0.1",
    BENCH_PROBE_PORT: String(PROBE_PORT),
    NODE_OPTIONS: [process.env.NODE_OPTIONS ?? "", nodeOptions, probe ? "--expose-gc --import ./tests/bench/memory-probe.mjs" : ""]
      .join(" ")
      .trim(),
  };
  // Something already answering there (a portal left from an earlier run) would be measured instead.
  const busy = await fetch(`${appUrl}/api/health`).then(
    () => true,
    () => false,
  );
  if (busy) throw new Error(`port ${port} already answers (a portal left running? \`pkill -f portal-server.mjs\`, or set BENCH_PORT)`);
  const profiles = process.env.BENCH_CPU_PROFILES;
  if (profiles) env.PORTAL_NODE_FLAGS = `--cpu-prof --cpu-prof-dir=${profiles}`;
  const child = spawn("sh", ["scripts/start.sh", "-p", String(port)], { env, stdio: ["ignore", "ignore", "inherit"] });
  const until = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the portal stopped (exit code ${child.exitCode})`);
    if (Date.now() > until) throw new Error(`the portal did not answer at ${appUrl}`);
    const up = await fetch(`${appUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    child,
    pid: child.pid!,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(uploads, { recursive: true, force: true });
    },
  };
}

export type LoadRequest = autocannon.Request;

export type LoadResult = { requests: number; perSecond: number; p50: number; p95: number; errors: number; non2xx: number };

/**
 * Loads the portal with autocannon: `connections` requests in flight for `seconds` (or `amount`
 * requests in all). Latencies are kept per response, so p95 is exact (autocannon's summary has no p95).
 */
export async function load(options: {
  connections: number;
  seconds?: number;
  amount?: number;
  requests: LoadRequest[];
  expectStatus?: (status: number) => boolean;
  url?: string;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let bad = 0;
  const expect = options.expectStatus ?? ((status: number) => status >= 200 && status < 300);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url ?? APP_URL,
        connections: options.connections,
        ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 5 }),
        requests: options.requests,
        timeout: 30,
      },
      (error: unknown, done) => (error ? reject(error instanceof Error ? error : new Error("autocannon failed")) : resolve(done)),
    );
    instance.on("response", (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (!expect(status)) bad++;
    });
  });
  if (latencies.length === 0) throw new Error(`no answer within the run (${result.errors} errors, ${result.timeouts} time-outs)`);
  return {
    requests: latencies.length,
    perSecond: latencies.length / (result.duration || 1),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    errors: result.errors + result.timeouts,
    non2xx: bad,
  };
}

/** A next-auth session cookie for a session token our own code created (as startBrowserSession sets it). */
export async function sessionCookieFor(sessionToken: string): Promise<string> {
  const { encode } = await import("next-auth/jwt");
  const name = "__Host-portal.session";
  const value = await encode({ token: { sessionToken }, secret: AUTH_SECRET, salt: name, maxAge: 60 * 60 });
  return `${name}=${value}`;
}

/** Runs `main`, printing a failure plainly and ending the process either way (autocannon keeps sockets). */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux). */
export function processCpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/stat`);
}

/** CPU time (ms) a process's main thread (for Node, the JavaScript event loop) has used so far. */
export function mainThreadCpuMs(pid: number): number {
  return statCpuMs(`/proc/${pid}/task/${pid}/stat`);
}

/** CPU time (ms) each thread of a process has used so far, by thread id. */
export function threadsCpuMs(pid: number): Map<number, number> {
  const threads = new Map<number, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`).map(Number)) {
    try {
      threads.set(tid, threadCpuMs(pid, tid));
    } catch {
      // The thread ended while we looked.
    }
  }
  return threads;
}

/**
 * The CPU (ms) used between two readings of threadsCpuMs by the `busiest` threads other than the
 * main one (libuv's, under a load of argon2id), and by the rest but the main one.
 */
export function splitThreadCpu(pid: number, before: Map<number, number>, after: Map<number, number>, busiest: number) {
  const used = [...after].map(([tid, ms]) => ({ tid, ms: ms - (before.get(tid) ?? 0) }));
  const others = used.filter((t) => t.tid !== pid).sort((a, b) => b.ms - a.ms);
  const sum = (list: { ms: number }[]) => list.reduce((total, t) => total + t.ms, 0);
  return { busiest: sum(others.slice(0, busiest)), rest: sum(others.slice(busiest)) };
}

/** CPU time (ms) one thread of a process has used so far. */
function threadCpuMs(pid: number, tid: number): number {
  return statCpuMs(`/proc/${pid}/task/${tid}/stat`);
}

function statCpuMs(file: string): number {
  // Fields after the command name (which may hold spaces, hence after the last ")"): utime is the 12th, stime the 13th.
  const fields = fs.readFileSync(file, "utf8").split(")").pop()!.trim().split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** CPU time (ms) used so far by every PostgreSQL server process on this machine that we may read. */
export function postgresCpuMs(): number {
  let total = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (fs.readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres") total += processCpuMs(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return total;
}

// USER_HZ: 100 on every Linux architecture Node runs on.
const CLOCK_TICKS = 100;
