// Password-step sign-ins per second over HTTP against raw argon2id verifications per second, with
// the same hash parameters and the same number in flight, in turns (3 repetitions, interleaved).
// Every sign-in is a different account from a different client address (X-Forwarded-For through
// TRUSTED_PROXIES), so no rate limit or password lock is what is measured. Goal: ratio >= 0.85.
//   npm run build && npm run bench:sign-in
import { performance } from "node:perf_hooks";
import pg from "pg";
import {
  actionBody,
  actionHeaders,
  actionId,
  APP_URL,
  clientAddress,
  heading,
  load,
  postgresCpuMs,
  processCpuMs,
  ratioLine,
  REPETITIONS,
  requireBuild,
  runBench,
  scratchDatabase,
  spread,
  startPortal,
  useDatabase,
  type LoadRequest,
} from "./http-bench";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6);
const ACCOUNTS = 4_000;
const PASSWORD = "Harbor-Lantern-Quill-26!";

/** Accounts that have finished sign-up, all with the same password (one hash, computed once). */
export async function makeAccounts(url: string, count: number, prefix: string): Promise<void> {
  const { hashSecret } = await import("../../lib/passwords/hash");
  const hash = await hashSecret(PASSWORD);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "User" (id, email, "registrationStep", "emailConfirmedAt", "passwordHash", "passwordChangedAt", "updatedAt")
       SELECT gen_random_uuid(), $1 || n || '@example.com', 'COMPLETE', now(), $2, now(), now() FROM generate_series(1, $3::int) AS n`,
      [prefix, hash, count],
    );
    await client.query(`
      INSERT INTO "MfaMethod" (id, "userId", kind, "verifiedAt")
      SELECT gen_random_uuid(), id, 'EMAIL', now() FROM "User" WHERE email LIKE '${prefix}%'`);
    await client.query(`VACUUM ANALYZE`);
  } finally {
    await client.end();
  }
}

type SignInVia = {
  /** `route`: POST /sign-in/password, as the form posts once its script runs; `action`: its server action (no JavaScript). */
  via?: "route" | "action";
  /** The portal's address as the browser sees it (a load balancer's, when there is one). */
  origin?: string;
  /** More headers on every request. */
  headers?: Record<string, string>;
};

/**
 * Requests that sign in one account after another (`${prefix}1@example.com` to `${prefix}${count}@...`),
 * each from its own client address.
 */
export function signInRequests(
  prefix: string,
  count: number,
  start = { n: 0 },
  { via = "route", origin = APP_URL, headers = {} }: SignInVia = {},
) {
  const id = via === "action" ? actionId("app/(auth)/sign-in/page", "signInAction") : "";
  return [
    {
      method: "POST" as const,
      path: via === "route" ? "/sign-in/password" : "/sign-in",
      setupRequest: (request: LoadRequest) => {
        const n = start.n++;
        const fields = { email: `${prefix}${1 + (n % count)}@example.com`, password: PASSWORD };
        if (via === "route") {
          return {
            ...request,
            body: new URLSearchParams(fields).toString(),
            headers: { ...headers, ...routeHeaders(origin, clientAddress(n)) },
          };
        }
        const { body, contentType } = actionBody(fields);
        return { ...request, body, headers: { ...headers, ...actionHeaders(id, contentType, origin, clientAddress(n)) } };
      },
    },
  ];
}

function routeHeaders(origin: string, forwardedFor: string): Record<string, string> {
  return {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json",
    origin,
    "x-forwarded-for": forwardedFor,
  };
}

/**
 * One password step over HTTP, as the sign-in form posts it; it went through when the answer sends
 * the browser to the second step with a session cookie. Returns the cookies (what the second-step page needs).
 */
export async function passwordStep(email: string): Promise<string> {
  const response = await fetch(`${APP_URL}/sign-in/password`, {
    method: "POST",
    body: new URLSearchParams({ email, password: PASSWORD }).toString(),
    headers: routeHeaders(APP_URL, "192.0.2.250"),
  });
  const text = await response.text();
  const cookies = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  const answer = JSON.parse(text) as { redirectTo?: string };
  if (answer.redirectTo !== "/sign-in/verify" || !cookies)
    throw new Error(`a sign-in did not go through (status ${response.status}): ${text.slice(0, 300)}`);
  return cookies;
}

/** Raw argon2id verifications per second with `connections` in flight, for `seconds`, and the CPU ms each took. */
export async function rawArgon2(seconds: number, connections: number): Promise<{ perSecond: number; cpuMs: number }> {
  const { hashSecret, verifySecret } = await import("../../lib/passwords/hash");
  const hash = await hashSecret(PASSWORD);
  let done = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        if (!(await verifySecret(hash, PASSWORD))) throw new Error("argon2 verification failed");
        done++;
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return { perSecond: done / ((performance.now() - started) / 1000), cpuMs: (cpu.user + cpu.system) / 1000 / done };
}

async function main() {
  requireBuild();
  heading(`Sign-in: password step over HTTP vs raw argon2id, ${CONNECTIONS} in flight, ${SECONDS} s each, ${REPETITIONS} repetitions`);
  const database = await scratchDatabase();
  useDatabase(database.url);
  const portal = await startPortal(database.url);
  try {
    await makeAccounts(database.url, ACCOUNTS, "bench-sign-in-");
    await passwordStep("bench-sign-in-1@example.com");
    const counter = { n: 1 };
    // Warm up the server (JIT, connections) and argon2's threads: with only a few sign-ins first,
    // the first repetition was about a fifth slower than the others.
    await load({ connections: CONNECTIONS, seconds: 4, requests: signInRequests("bench-sign-in-", ACCOUNTS, counter) });
    await rawArgon2(1, CONNECTIONS);
    const http: number[] = [];
    const raw: number[] = [];
    const ratios: number[] = [];
    const portalCpu: number[] = [];
    const databaseCpu: number[] = [];
    const argon2Cpu: number[] = [];
    for (let rep = 0; rep < REPETITIONS; rep++) {
      const [portalBefore, databaseBefore] = [processCpuMs(portal.pid), postgresCpuMs()];
      const result = await load({
        connections: CONNECTIONS,
        seconds: SECONDS,
        requests: signInRequests("bench-sign-in-", ACCOUNTS, counter),
      });
      if (result.errors || result.non2xx) throw new Error(`sign-ins failed: ${result.errors} errors, ${result.non2xx} not 2xx`);
      portalCpu.push((processCpuMs(portal.pid) - portalBefore) / result.requests);
      databaseCpu.push((postgresCpuMs() - databaseBefore) / result.requests);
      const bound = await rawArgon2(SECONDS, CONNECTIONS);
      argon2Cpu.push(bound.cpuMs);
      http.push(result.perSecond);
      raw.push(bound.perSecond);
      ratios.push(result.perSecond / bound.perSecond);
      console.log(
        `  repetition ${rep + 1}: ${result.perSecond.toFixed(1)} sign-ins/s over HTTP, ${bound.perSecond.toFixed(1)} argon2id verifications/s`,
      );
    }
    console.log(`Sign-ins over HTTP:        ${spread(http, "per second")}`);
    console.log(`Raw argon2id verifications: ${spread(raw, "per second")}`);
    // What each costs in CPU time, whatever else the machine is doing: the portal's process and
    // PostgreSQL's per sign-in, against argon2's per verification (its share of a sign-in).
    console.log(`CPU per sign-in, portal:     ${spread(portalCpu, "ms")}`);
    console.log(`CPU per sign-in, PostgreSQL: ${spread(databaseCpu, "ms")}`);
    console.log(`CPU per argon2id verification: ${spread(argon2Cpu, "ms")}`);
    console.log(ratioLine("sign-ins per second / argon2id verifications per second", ratios, { atLeast: 0.85 }));
  } finally {
    await portal.stop();
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) runBench(main);
