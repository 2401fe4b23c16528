// Starts the built portal the way `npm start` does: through server.ts, the server that works out
// the client address from the connection. Used by the run's main server (serve.ts) and by the
// extra servers some specs start with other settings on the same database.
import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import fs from "node:fs";
import { DB_STATE_FILE, portalEnv } from "./e2e-env";

/** The portal as `npm start` runs it (scripts/start.sh execs one node process, so a signal reaches server.ts itself). */
export function spawnPortal(port: number, env: NodeJS.ProcessEnv, stdio: StdioOptions = "inherit"): ChildProcess {
  return spawn("sh", ["scripts/start.sh", "-p", String(port)], { env, stdio });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server at ${url} stopped (exit code ${child.exitCode})`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer at ${url} within ${timeoutMs} ms`);
}

/** Another server of the same build on the run's database, on `port`, with `settings` on top of the run's. */
export async function startExtraPortal(
  port: number,
  settings: Record<string, string>,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const { url: databaseUrl, engine } = JSON.parse(fs.readFileSync(DB_STATE_FILE, "utf8")) as { url: string; engine: string };
  const url = `http://localhost:${port}`;
  const env = {
    ...process.env,
    ...portalEnv(databaseUrl),
    // Cookies are bound to the host: links and the session cookie belong to this server's origin.
    APP_URL: url,
    ...(engine === "embedded" ? { DATABASE_POOL_MAX: "1" } : {}),
    ...settings,
  };
  const child = spawnPortal(port, env, ["ignore", "inherit", "inherit"]);
  await waitForHealth(url, child, 60_000);
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
