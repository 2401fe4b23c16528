// The embedded PostgreSQL (PGlite) in a process of its own: it alone opens the data directory and
// serves it on 127.0.0.1 so the portal, the CLI and tests connect to it like any PostgreSQL server.
// Started by lib/db/embedded.ts; plain JavaScript so plain `node` can run it.
//   node lib/db/embedded-server.mjs --data-dir .data/pg [--port 0] [--state .data/embedded.json]
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith("--")) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const dataDir = args["data-dir"] ?? "memory://";
const port = Number(args.port ?? 0);
const statePath = args.state;
const inMemory = dataDir.startsWith("memory://");
const lockPath = inMemory ? null : `${dataDir}.lock`;

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Two processes opening one data directory silently lose committed rows, so take an exclusive lock.
function takeLock() {
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return true;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(lockPath, "utf8"));
      if (holder && processAlive(holder)) return false;
      fs.rmSync(lockPath, { force: true });
    }
  }
  return false;
}

function report(message) {
  if (process.send) process.send(message);
  else console.log(JSON.stringify(message));
}

if (lockPath && !takeLock()) {
  report({ type: "busy" });
  process.exit(3);
}

const db = await PGlite.create(inMemory ? undefined : dataDir);
// Several clients (the portal, a CLI command, a test checking rows); the server serialises their
// queries and keeps an open transaction to the connection that began it. A portal holds up to 4
// (Prisma's one and the job queue's 3); the browser tests run two portals beside their own
// connections. Over the limit a connection is closed at once ("Connection terminated
// unexpectedly"), which 8 did to the idle-timeout tests; an idle connection costs next to nothing.
const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 64 });
let connections = 0;
server.addEventListener("connection", () => connections++);
await server.start();
const actualPort = Number(server.getServerConn().split(":").pop());
if (statePath) {
  fs.writeFileSync(statePath, JSON.stringify({ pid: process.pid, port: actualPort, dataDir }));
}
report({ type: "ready", port: actualPort });

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  try {
    await server.stop();
    await db.close();
  } finally {
    if (statePath) fs.rmSync(statePath, { force: true });
    if (lockPath) fs.rmSync(lockPath, { force: true });
    process.exit(0);
  }
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

// Stay up while the process that started us lives; once it is gone, stop when nobody is connected
// (another process may have found this server and still be using it).
const parentPid = process.ppid;
setInterval(() => {
  if (processAlive(parentPid)) return;
  if (server.getStats().activeConnections === 0) stop();
}, 2000).unref();
process.on("disconnect", () => {
  if (server.getStats().activeConnections === 0) stop();
});
