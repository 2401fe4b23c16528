// Browser tests arrange cases, requests for evidence, messages and officers through the portal's
// lib functions, never by copying what those functions write. lib is server-only, so it runs in a
// separate process (tests/e2e/arrange-script.ts), started on first use and kept for the worker.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import type { ArrangeOp } from "./arrange-script";
import { DB_STATE_FILE, portalEnv } from "./e2e-env";

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void; op: string };

let child: ChildProcessWithoutNullStreams | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function start(): ChildProcessWithoutNullStreams {
  const { url, engine } = JSON.parse(fs.readFileSync(DB_STATE_FILE, "utf8")) as { url: string; engine: string };
  const env = { ...process.env, ...portalEnv(url), ...(engine === "embedded" ? { DATABASE_POOL_MAX: "1" } : {}) };
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const started = spawn(tsx, ["--conditions=react-server", "tests/e2e/arrange-script.ts"], { env });
  let stderr = "";
  started.stderr.on("data", (chunk) => (stderr += chunk));
  readline.createInterface({ input: started.stdout }).on("line", (line) => {
    let answer: { id?: number; result?: unknown; error?: string };
    try {
      answer = JSON.parse(line);
    } catch {
      return; // a log line
    }
    const waiting = answer.id === undefined ? undefined : pending.get(answer.id);
    if (!waiting) return;
    pending.delete(answer.id!);
    if (answer.error) waiting.reject(new Error(`arrange ${waiting.op} failed: ${answer.error}`));
    else waiting.resolve(answer.result);
  });
  started.once("exit", (code) => {
    child = null;
    for (const [id, waiting] of pending) {
      pending.delete(id);
      waiting.reject(new Error(`arrange-script.ts stopped (exit code ${code}) during ${waiting.op}: ${stderr}`));
    }
  });
  // Never keeps the Playwright worker alive; it ends when the worker's end of the pipe closes.
  started.unref();
  for (const stream of [started.stdin, started.stdout, started.stderr]) (stream as unknown as { unref?: () => void }).unref?.();
  return started;
}

export function arrange<T>(request: ArrangeOp): Promise<T> {
  child ??= start();
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject, op: request.op });
    child!.stdin.write(`${JSON.stringify({ id, ...request })}\n`);
  });
}
