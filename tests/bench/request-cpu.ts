// CPU time per request, one kind of request at a time: a request that does nothing
// (GET /api/health), the landing page, the second-step page, and a password-step sign-in as the form
// posts it (the route POST /sign-in/password) and without JavaScript (the server action, whose answer
// carries the next page, which Next.js fetches from its own process).
// From /proc: the portal's process (every thread), its main thread, and PostgreSQL. It shows what a
// sign-in costs beyond argon2id against what the sign-in goal (>= 0.85) leaves for it, and what
// argon2id itself costs inside the loaded portal (libuv's threads, counted thread by thread) against
// alone. Figures, no goal. PostgreSQL's figure can read below zero when one of its processes ends
// during a run.
//   npm run build && npm run bench:request-cpu
import {
  heading,
  load,
  mainThreadCpuMs,
  median,
  postgresCpuMs,
  processCpuMs,
  REPETITIONS,
  requireBuild,
  runBench,
  scratchDatabase,
  splitThreadCpu,
  spread,
  startPortal,
  threadsCpuMs,
  useDatabase,
  type LoadRequest,
} from "./http-bench";
import { makeAccounts, passwordStep, rawArgon2, signInRequests } from "./sign-in";

const CONNECTIONS = 8;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1_000);
const WARM_UP = 200;
const ACCOUNTS = 4_000;
const SIGN_IN_GOAL = 0.85;
// libuv's threads, where argon2id runs (Node's default; the portal does not change it).
const LIBUV_THREADS = 4;

async function main() {
  requireBuild();
  heading(`CPU per request, one kind at a time: ${REQUESTS} requests each, ${CONNECTIONS} in flight, ${REPETITIONS} repetitions`);
  const database = await scratchDatabase();
  useDatabase(database.url);
  const portal = await startPortal(database.url);
  try {
    await makeAccounts(database.url, ACCOUNTS, "bench-cpu-");
    const cookie = await passwordStep("bench-cpu-1@example.com");
    const counter = { n: 1 };
    const kinds: [string, () => LoadRequest[]][] = [
      ["GET /api/health", () => [{ method: "GET", path: "/api/health" }]],
      ["GET / (landing page)", () => [{ method: "GET", path: "/" }]],
      ["GET /sign-in/verify", () => [{ method: "GET", path: "/sign-in/verify", headers: { cookie } }]],
      ["POST /sign-in/password (route)", () => signInRequests("bench-cpu-", ACCOUNTS, counter)],
      ["POST /sign-in (no JavaScript)", () => signInRequests("bench-cpu-", ACCOUNTS, counter, { via: "action" })],
    ];
    const figures = new Map(kinds.map(([name]) => [name, { all: [] as number[], main: [] as number[], postgres: [] as number[] }]));
    for (const [, requests] of kinds) await load({ connections: CONNECTIONS, amount: WARM_UP, requests: requests() });
    const argon2: number[] = [];
    const signInThreads = { libuv: [] as number[], rest: [] as number[] };
    for (let rep = 0; rep < REPETITIONS; rep++) {
      for (const [name, requests] of kinds) {
        const [all, main, postgres, threads] = [
          processCpuMs(portal.pid),
          mainThreadCpuMs(portal.pid),
          postgresCpuMs(),
          threadsCpuMs(portal.pid),
        ];
        const result = await load({ connections: CONNECTIONS, amount: REQUESTS, requests: requests() });
        if (result.errors || result.non2xx) throw new Error(`${name}: ${result.errors} errors, ${result.non2xx} not 2xx`);
        if (name === "POST /sign-in/password (route)") {
          const split = splitThreadCpu(portal.pid, threads, threadsCpuMs(portal.pid), LIBUV_THREADS);
          signInThreads.libuv.push(split.busiest / result.requests);
          signInThreads.rest.push(split.rest / result.requests);
        }
        const f = figures.get(name)!;
        f.all.push((processCpuMs(portal.pid) - all) / result.requests);
        f.main.push((mainThreadCpuMs(portal.pid) - main) / result.requests);
        f.postgres.push((postgresCpuMs() - postgres) / result.requests);
      }
      argon2.push((await rawArgon2(2, CONNECTIONS)).cpuMs);
    }
    for (const [name, f] of figures) {
      console.log(
        `${name.padEnd(30)} portal ${spread(f.all, "ms", 2)}, main thread ${spread(f.main, "ms", 2)}, PostgreSQL ${spread(f.postgres, "ms", 2)}`,
      );
    }
    const argon2Ms = median(argon2);
    const signIn = figures.get("POST /sign-in/password (route)")!;
    const beyond = median(signIn.all) + median(signIn.postgres) - argon2Ms;
    const nothing = median(figures.get("GET /api/health")!.all);
    // argon2id runs on libuv's threads, the four that work most under sign-ins; V8's garbage-collection
    // helpers are threads of the portal too, and work more when the main thread allocates more.
    const argon2InPortal = median(signInThreads.libuv);
    console.log(`argon2id verification (the bench's own process): ${spread(argon2, "ms", 2)}`);
    console.log(`A sign-in beyond argon2id (portal + PostgreSQL - argon2id): ${beyond.toFixed(2)} ms`);
    console.log(`What a ratio of ${SIGN_IN_GOAL} leaves for it on the same cores: ${(argon2Ms / SIGN_IN_GOAL - argon2Ms).toFixed(2)} ms`);
    console.log(`A request that does nothing: ${nothing.toFixed(2)} ms`);
    console.log(`Bound on the ratio from these figures: ${(argon2Ms / (argon2Ms + beyond)).toFixed(2)}`);
    console.log(
      `argon2id inside the portal under sign-in load (libuv's ${LIBUV_THREADS} threads): ${spread(signInThreads.libuv, "ms", 2)}`,
    );
    console.log(`The portal's other threads per sign-in (garbage collection, the rest): ${spread(signInThreads.rest, "ms", 2)}`);
    console.log(`Bound on the ratio if all else in a sign-in cost nothing: ${(argon2Ms / argon2InPortal).toFixed(2)}`);
  } finally {
    await portal.stop();
    await database.drop();
  }
}

runBench(main);
