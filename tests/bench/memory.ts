// The portal's memory under mixed load: RSS and the live heap after a full garbage collection, after
// 20,000 and after 100,000 requests (sign-in, dashboard, case page, messages), in the portal's own
// process started with the bench-only probe (tests/bench/memory-probe.mjs, --expose-gc).
// Goal: RSS <= 400 MiB after 20,000 and after 100,000, and the heap at 100,000 within 10% of the heap
// at 20,000. The portal runs as `npm start` runs it (scripts/start.sh: jemalloc where installed).
//   npm run build && npm run bench:memory
//   BENCH_MEMORY_STEPS=20000,100000   the request counts to measure at
//   BENCH_HEAP_SNAPSHOTS=DIR          also write a heap snapshot at each step (then
//                                     `npx tsx tests/bench/heap-summary.ts DIR/*.heapsnapshot`)
import fs from "node:fs";
import path from "node:path";
import {
  clientAddress,
  heading,
  load,
  PROBE_PORT,
  requireBuild,
  runBench,
  scratchDatabase,
  startPortal,
  useDatabase,
  type LoadRequest,
} from "./http-bench";
import { CONNECTIONS, checkPage, seedSignedIn } from "./pages";
import { makeAccounts, signInRequests } from "./sign-in";

const STEPS = (process.env.BENCH_MEMORY_STEPS ?? "20000,100000").split(",").map(Number);
const SNAPSHOTS = process.env.BENCH_HEAP_SNAPSHOTS;
const ACCOUNTS = 1_000;
const MiB = 1024 * 1024;

type Memory = { rss: number; heapUsed: number; heapTotal: number; external: number };

async function memory(): Promise<Memory> {
  return (await fetch(`http://127.0.0.1:${PROBE_PORT}/memory`)).json() as Promise<Memory>;
}

/** The process's peak RSS so far (VmHWM), read from outside it, so no collection runs first. */
function highWaterRss(pid: number): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(/^VmHWM:\s+(\d+) kB/m);
  return line ? Number(line[1]) * 1024 : 0;
}

/** Where the RSS is: the JavaScript heap V8 holds (live and free), buffers outside it, and the rest (code, native libraries, argon2's and Prisma's memory). */
function composition(m: Memory): string {
  const other = m.rss - m.heapTotal - m.external;
  return `V8 heap held ${(m.heapTotal / MiB).toFixed(0)} MiB, external ${(m.external / MiB).toFixed(0)} MiB, the rest ${(other / MiB).toFixed(0)} MiB`;
}

async function main() {
  requireBuild();
  heading(
    `Memory: RSS and post-GC heap after ${STEPS.map((s) => s.toLocaleString("en-US")).join(" and ")} mixed requests, ${CONNECTIONS} connections`,
  );
  if (SNAPSHOTS) fs.mkdirSync(SNAPSHOTS, { recursive: true });
  const database = await scratchDatabase();
  useDatabase(database.url);
  const portal = await startPortal(database.url, { probe: true });
  try {
    const signedIn = await seedSignedIn(database.url);
    await makeAccounts(database.url, ACCOUNTS, "bench-memory-");
    await checkPage(signedIn.casePath, signedIn.cookies[0]);
    let n = 0;
    const cookie = (request: LoadRequest) => ({
      ...request,
      headers: { cookie: signedIn.cookies[n++ % signedIn.cookies.length], "x-forwarded-for": clientAddress(n) },
    });
    const page = (p: string): LoadRequest => ({ method: "GET", path: p, setupRequest: cookie });
    // One sign-in in eight requests; the rest the signed-in pages.
    const mix: LoadRequest[] = [
      ...signInRequests("bench-memory-", ACCOUNTS),
      page("/dashboard"),
      page(signedIn.casePath),
      page("/messages"),
      page("/dashboard"),
      page(signedIn.casePath),
      page("/messages"),
      page("/dashboard"),
    ];
    const start = await memory();
    console.log(`At start:        RSS ${(start.rss / MiB).toFixed(0)} MiB, heap after GC ${(start.heapUsed / MiB).toFixed(1)} MiB`);
    console.log(`  of the RSS: ${composition(start)}`);
    let done = 0;
    let peakRss = start.rss;
    const at: Memory[] = [];
    const started = Date.now();
    for (const step of STEPS) {
      // In slices, so the peak RSS under load is seen too.
      while (done < step) {
        const amount = Math.min(5_000, step - done);
        const result = await load({ connections: CONNECTIONS, amount, requests: mix, expectStatus: (s) => s >= 200 && s < 400 });
        if (result.errors || result.non2xx) throw new Error(`${result.errors} errors, ${result.non2xx} answers not 2xx/3xx`);
        done += result.requests;
        peakRss = Math.max(peakRss, highWaterRss(portal.pid));
      }
      const m = await memory();
      at.push(m);
      console.log(
        `After ${done.toLocaleString("en-US").padStart(7)}: RSS ${(m.rss / MiB).toFixed(0)} MiB (peak ${(peakRss / MiB).toFixed(0)} MiB), heap after GC ${(m.heapUsed / MiB).toFixed(1)} MiB (${((Date.now() - started) / 1000).toFixed(0)} s)`,
      );
      console.log(`  of the RSS: ${composition(m)}`);
      if (SNAPSHOTS) {
        const file = path.resolve(SNAPSHOTS, `portal-${done}.heapsnapshot`);
        await fetch(`http://127.0.0.1:${PROBE_PORT}/snapshot?to=${encodeURIComponent(file)}`).then((r) => r.text());
        console.log(`  heap snapshot: ${file}`);
      }
    }
    // The goal is the RSS after each count of requests (after a full collection, the load paused);
    // the peak under load (VmHWM) is printed beside it.
    const highestRss = Math.max(...at.map((m) => m.rss)) / MiB;
    console.log(
      `RATIO RSS after each step: at most ${highestRss.toFixed(0)} MiB  goal <= 400 MiB  ${highestRss <= 400 ? "MET" : "NOT MET"}`,
    );
    console.log(`Peak RSS under load: ${(peakRss / MiB).toFixed(0)} MiB`);
    if (at.length >= 2) {
      const growth = at[at.length - 1].heapUsed / at[0].heapUsed;
      console.log(
        `RATIO heap after GC at ${STEPS[STEPS.length - 1].toLocaleString("en-US")} / at ${STEPS[0].toLocaleString("en-US")}: ${growth.toFixed(2)}  goal <= 1.10  ${growth <= 1.1 ? "MET" : "NOT MET"}`,
      );
    }
  } finally {
    await portal.stop();
    await database.drop();
  }
}

runBench(main);
