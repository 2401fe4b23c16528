// Two production instances of the built portal behind HAProxy (deploy/haproxy.cfg, Debian's
// package), on a scratch database of their own on TEST_DATABASE_URL's PostgreSQL server, with an
// SMTP server of their own. Used by two-instances.spec.ts; nothing here touches the run's database.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { applyMigrations } from "../../lib/db/migrate";
import { queryDatabase } from "../support/database";
import { createScratchDatabase } from "../support/scratch-database";
import { SmtpSink } from "../support/smtp-sink";
import { E2E_PORT, portalEnv } from "./e2e-env";
import { spawnPortal } from "./portal-process";

export const PROXY_PORT = E2E_PORT + 7;
const APP_PORTS = { app1: E2E_PORT + 8, app2: E2E_PORT + 9 } as const;
const SMTP_PORT = E2E_PORT + 5;
export const CLUSTER_URL = `http://localhost:${PROXY_PORT}`;
/** Node's side of the tests reaches HAProxy on IPv4, where it listens. */
export const PROXY_URL = `http://127.0.0.1:${PROXY_PORT}`;
export const METRICS_TOKEN = "two-instances-metrics-token-0123456789abcdef";
/** The header that picks an instance, and the one that says which answered (test-only HAProxy rules). */
export const PICK_HEADER = "x-test-instance";
export const SERVED_BY_HEADER = "x-test-served-by";

export type InstanceName = keyof typeof APP_PORTS;

export class Instance {
  child: ChildProcess | null = null;
  readonly lines: string[] = [];
  private exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | null = null;

  constructor(
    readonly name: InstanceName,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  get port(): number {
    return APP_PORTS[this.name];
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const taken = await fetch(`${this.url}/api/health`).then(
      () => true,
      () => false,
    );
    if (taken) throw new Error(`port ${this.port} is already in use (a server left from an earlier run?)`);
    const child = spawnPortal(this.port, this.env, ["ignore", "pipe", "pipe"]);
    this.child = child;
    this.exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
    for (const stream of [child.stdout!, child.stderr!])
      readline.createInterface({ input: stream }).on("line", (line) => this.lines.push(line));
    const until = Date.now() + 90_000;
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`${this.name} stopped while starting:\n${this.lines.join("\n")}`);
      const ready = await fetch(`${this.url}/api/ready`).then(
        (response) => response.ok,
        () => false,
      );
      if (ready) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`${this.name} was not ready within 90 s:\n${this.lines.join("\n")}`);
  }

  /** Sends `signal` and resolves with how the process ended. */
  async stop(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (!this.child || !this.exited) return { code: null, signal: null };
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }

  /** The log lines that are JSON objects (every line a production server writes should be). */
  jsonLines(): Record<string, unknown>[] {
    return this.lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  }
}

/** deploy/haproxy.cfg as shipped, plus two test-only rules in its backend: pick an instance by header, say which one answered. */
export function testProxyConfig(): string {
  const shipped = fs.readFileSync(path.join(process.cwd(), "deploy", "haproxy.cfg"), "utf8");
  const backend = "\nbackend portal\n";
  if (!shipped.includes(backend)) throw new Error("deploy/haproxy.cfg has no `backend portal` section");
  return shipped.replace(
    backend,
    `${backend}  use-server app1 if { req.hdr(${PICK_HEADER}) -m str app1 }\n  use-server app2 if { req.hdr(${PICK_HEADER}) -m str app2 }\n  http-response set-header ${SERVED_BY_HEADER} %s\n`,
  );
}

export class Cluster {
  readonly instances: Record<InstanceName, Instance>;
  readonly mail = new SmtpSink({ port: SMTP_PORT });
  private proxy: ChildProcess | null = null;
  readonly proxyLines: string[] = [];

  private constructor(
    readonly databaseUrl: string,
    private readonly dropDatabase: () => Promise<void>,
  ) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...portalEnv(databaseUrl),
      APP_URL: CLUSTER_URL,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      LOG_LEVEL: "info",
      // HAProxy appends the address it saw; the hop before it stands for a CDN in front, so the
      // tests' clients can each have their own address (per-address limits stay per client).
      TRUSTED_PROXIES: "2",
      METRICS_TOKEN,
      // A message claimed by a killed instance is taken up by the other after 10 s, not a minute (a
      // send is given up after three quarters of it: 7.5 s, well beyond a stall of the local SMTP server).
      OUTBOX_CLAIM_MS: "10000",
      // Longer than HAProxy takes to see a stopping instance (fall 2 x inter 500 ms).
      SHUTDOWN_DRAIN_MS: "2000",
    };
    this.instances = { app1: new Instance("app1", env), app2: new Instance("app2", env) };
  }

  static async start(): Promise<Cluster> {
    const server = process.env.TEST_DATABASE_URL;
    if (!server) {
      throw new Error("The two-instance test runs on PostgreSQL: set TEST_DATABASE_URL to a role that may CREATE DATABASE (.ci/run does).");
    }
    const database = await createScratchDatabase(server, "portal_two");
    const cluster = new Cluster(database.url, database.drop);
    try {
      await applyMigrations(database.url);
      await cluster.mail.start();
      await Promise.all([cluster.instances.app1.start(), cluster.instances.app2.start()]);
      await cluster.startProxy();
      return cluster;
    } catch (error) {
      await cluster.stop();
      throw error;
    }
  }

  private async startProxy(): Promise<void> {
    const file = path.join(process.cwd(), "test-results", "two-instances-haproxy.cfg");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, testProxyConfig());
    const proxy = spawn("haproxy", ["-db", "-f", file], {
      env: {
        ...process.env,
        PORTAL_BIND: `:${PROXY_PORT}`,
        PORTAL_APP1: `127.0.0.1:${APP_PORTS.app1}`,
        PORTAL_APP2: `127.0.0.1:${APP_PORTS.app2}`,
        PORTAL_CHECK_INTERVAL: "500ms",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    proxy.once("error", (error) => this.proxyLines.push(`haproxy could not start: ${error.message} (apt-get install haproxy)`));
    this.proxy = proxy;
    for (const stream of [proxy.stdout, proxy.stderr])
      readline.createInterface({ input: stream }).on("line", (line) => this.proxyLines.push(line));
    await this.reachable("app1");
    await this.reachable("app2");
  }

  /** Waits until HAProxy sends requests for `name` to it (its health check has seen it ready). */
  async reachable(name: InstanceName): Promise<void> {
    const until = Date.now() + 30_000;
    while (Date.now() < until) {
      if (this.proxy?.exitCode !== null) throw new Error(`haproxy stopped:\n${this.proxyLines.join("\n")}`);
      const response = await fetch(`${PROXY_URL}/api/ready`, { headers: { [PICK_HEADER]: name } }).catch(() => null);
      if (response?.ok && response.headers.get(SERVED_BY_HEADER) === name) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`HAProxy did not reach ${name}:\n${this.proxyLines.join("\n")}`);
  }

  query<Row extends Record<string, unknown> = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<Row[]> {
    return queryDatabase<Row>(sql, params, this.databaseUrl);
  }

  async stop(): Promise<void> {
    this.proxy?.kill("SIGTERM");
    await Promise.all(Object.values(this.instances).map((instance) => instance.stop("SIGTERM")));
    await this.mail.stop().catch(() => {});
    await this.dropDatabase().catch(() => {});
  }
}
