import { fork, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

// Starts (or finds) the embedded PostgreSQL server process; see embedded-server.mjs.

// Built at run time so the bundler does not try to trace (and bundle) the server script.
const SERVER_SCRIPT = [process.cwd(), "lib", "db", "embedded-server.mjs"].join(path.sep);
export const EMBEDDED_DATA_DIR = path.join(process.cwd(), ".data", "pg");
const STATE_PATH = path.join(process.cwd(), ".data", "embedded.json");

export function embeddedUrl(port: number): string {
  return `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function runningServerPort(): Promise<number | null> {
  try {
    const state = JSON.parse(fs.readFileSync(STATE_PATH, "utf8")) as { port: number };
    return (await canConnect(state.port)) ? state.port : null;
  } catch {
    return null;
  }
}

type Started = { port: number; child: ChildProcess } | { busy: true };

function startServer(dataDir: string, statePath?: string): Promise<Started> {
  const args = ["--data-dir", dataDir, "--port", "0", ...(statePath ? ["--state", statePath] : [])];
  const child = fork(SERVER_SCRIPT, args, { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("message", (message: { type: string; port?: number }) => {
      if (message.type === "ready" && message.port) resolve({ port: message.port, child });
      else if (message.type === "busy") resolve({ busy: true });
    });
    child.once("exit", (code) => reject(new Error(`The embedded database stopped (exit code ${code}).`)));
    child.once("error", reject);
  });
}

/**
 * The URL of the project's embedded database (data in .data/pg), starting its server process if no
 * other process of this checkout has. The server outlives us only while others are connected.
 */
export async function ensureEmbeddedDatabase(): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const port = await runningServerPort();
    if (port) return embeddedUrl(port);
    const started = await startServer(EMBEDDED_DATA_DIR, STATE_PATH).catch(() => ({ busy: true }) as const);
    if ("port" in started) {
      started.child.unref();
      started.child.channel?.unref();
      return embeddedUrl(started.port);
    }
    // Another process holds the data directory and is starting or stopping its server.
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("The embedded database did not start: another process holds .data/pg.lock.");
}

/** A throw-away in-memory database server, for tests. */
export async function startMemoryDatabase(): Promise<{ url: string; stop: () => Promise<void> }> {
  const started = await startServer("memory://");
  if (!("port" in started)) throw new Error("unreachable: memory databases take no lock");
  const { child, port } = started;
  return {
    url: embeddedUrl(port),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
