// A second `next start` of the same build on the same database, with a shortened idle timeout, for
// the idle-timeout journeys (the run's main server keeps the real 15 minutes).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DB_STATE_FILE, E2E_PORT, portalEnv } from "./e2e-env";

export const SHORT_TIMEOUT = { idleMinutes: "0.75", warningSeconds: "30" };
export const SHORT_PORT = E2E_PORT + 3;
export const SHORT_URL = `http://localhost:${SHORT_PORT}`;

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the short-timeout server stopped (exit code ${child.exitCode})`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the short-timeout server did not answer at ${url} within ${timeoutMs} ms`);
}

export async function startShortTimeoutServer(): Promise<{ stop: () => Promise<void> }> {
  const { url, engine } = JSON.parse(fs.readFileSync(DB_STATE_FILE, "utf8")) as { url: string; engine: string };
  const env = {
    ...process.env,
    ...portalEnv(url),
    // Cookies are bound to the host: links and the session cookie belong to this server's origin.
    APP_URL: SHORT_URL,
    SESSION_IDLE_MINUTES: SHORT_TIMEOUT.idleMinutes,
    SESSION_WARNING_SECONDS: SHORT_TIMEOUT.warningSeconds,
    ...(engine === "embedded" ? { DATABASE_POOL_MAX: "1" } : {}),
  };
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-p", String(SHORT_PORT)], {
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitForHealth(SHORT_URL, child);
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
