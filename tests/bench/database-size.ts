// The dashboard and a case page with 1,000,000 cases in the database against 1,000, over HTTP on
// PostgreSQL: two copies of one database (the demo applicant and its sessions in both), the big one
// filled with one INSERT ... SELECT generate_series, each served by its own portal process, loaded
// in turns (3 repetitions). Goal: each ratio <= 1.2 (every query keeps to its index).
//   npm run build && npm run bench:database-size      (BENCH_BIG_CASES, default 1000000)
import { performance } from "node:perf_hooks";
import pg from "pg";
import {
  ADMIN_URL,
  heading,
  load,
  PORT,
  ratioLine,
  REPETITIONS,
  requireBuild,
  runBench,
  scratchDatabase,
  spread,
  startPortal,
  useDatabase,
} from "./http-bench";
import { createScratchDatabase, type ScratchDatabase } from "../support/scratch-database";
import { checkPage, CONNECTIONS, pageRequests, seedSignedIn } from "./pages";

const SMALL = 1_000;
const BIG = Number(process.env.BENCH_BIG_CASES ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);

/** Cases of other people (one in ten not yet linked to an account) until the database holds `total`. */
async function fillCases(url: string, total: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    const have = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Case"`)).rows[0].n);
    const owners = Math.max(100, Math.round(total / 10));
    await client.query(
      `INSERT INTO "User" (id, email, "registrationStep", "updatedAt")
       SELECT gen_random_uuid(), 'bench-owner-' || $2::int || '-' || n || '@example.com', 'COMPLETE', now() FROM generate_series(1, $1::int) AS n`,
      [owners, total],
    );
    await client.query(
      `WITH owners AS (SELECT array_agg(id) AS ids FROM "User" WHERE email LIKE 'bench-owner-' || $2::int || '-%')
       INSERT INTO "Case" (id, "receiptNumber", "formType", "applicantName", "ownerId", status, "statusChangedAt", "submittedAt", "actionRequired", "ownerViewedAt", "updatedAt")
       SELECT gen_random_uuid(),
              (ARRAY['EAC','WAC','LIN','SRC','MSC','NBC','IOE','YSC'])[1 + n % 8] || lpad(($3::bigint + n / 8)::text, 10, '0'),
              (ARRAY['I-130','I-485','I-765','N-400','I-90','I-131'])[1 + n % 6],
              'Applicant ' || n,
              CASE WHEN n % 10 = 0 THEN NULL ELSE owners.ids[1 + n % array_length(owners.ids, 1)] END,
              'Case Is Being Actively Reviewed',
              now() - make_interval(mins => ((n::bigint * 7919) % 525600)::int),
              now() - interval '400 days',
              n % 5 = 0,
              CASE WHEN n % 3 = 0 THEN now() - interval '30 days' END,
              now()
       FROM generate_series(1, $1::int) AS n, owners`,
      [total - have, total, have >= SMALL ? 8_000_000_000 : 9_000_000_000],
    );
    await client.query(`VACUUM ANALYZE`);
    const count = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Case"`)).rows[0].n;
    console.log(`Filled to ${count} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await client.end();
  }
}

async function main() {
  requireBuild();
  heading(
    `Database size: ${BIG.toLocaleString("en-US")} cases vs ${SMALL.toLocaleString("en-US")}, ${CONNECTIONS} connections, ${REQUESTS} requests each, ${REPETITIONS} repetitions`,
  );
  const small = await scratchDatabase();
  useDatabase(small.url);
  let big: ScratchDatabase | null = null;
  const portals: Awaited<ReturnType<typeof startPortal>>[] = [];
  try {
    const signedIn = await seedSignedIn(small.url);
    await fillCases(small.url, SMALL);
    big = await createScratchDatabase(ADMIN_URL, "portal_bench_big", { template: small.name });
    await fillCases(big.url, BIG);
    const servers = { small: `http://127.0.0.1:${PORT}`, big: `http://127.0.0.1:${PORT + 3}` };
    portals.push(await startPortal(small.url), await startPortal(big.url, { port: PORT + 3 }));
    const pages = { dashboard: pageRequests("/dashboard", signedIn.cookies), case: pageRequests(signedIn.casePath, signedIn.cookies) };
    for (const base of Object.values(servers)) {
      await checkPage("/dashboard", signedIn.cookies[0], base);
      for (const requests of Object.values(pages)) await load({ url: base, connections: CONNECTIONS, amount: 3 * CONNECTIONS, requests });
    }
    const figures: Record<string, { p50: number[]; p95: number[] }> = {};
    for (let rep = 0; rep < REPETITIONS; rep++) {
      for (const [page, requests] of Object.entries(pages)) {
        for (const [size, base] of Object.entries(servers)) {
          const result = await load({ url: base, connections: CONNECTIONS, amount: REQUESTS, requests });
          if (result.errors || result.non2xx)
            throw new Error(`${page} (${size}): ${result.errors} errors, ${result.non2xx} answers not 2xx`);
          const f = (figures[`${page} ${size}`] ??= { p50: [], p95: [] });
          f.p50.push(result.p50);
          f.p95.push(result.p95);
        }
      }
    }
    for (const [name, f] of Object.entries(figures))
      console.log(`${name.padEnd(16)} p50 ${spread(f.p50, "ms")}  p95 ${spread(f.p95, "ms")}`);
    for (const page of Object.keys(pages)) {
      for (const p of ["p50", "p95"] as const) {
        const ratios = figures[`${page} big`][p].map((v, i) => v / figures[`${page} small`][p][i]);
        console.log(
          ratioLine(`${page} ${p} at ${BIG.toLocaleString("en-US")} cases / at ${SMALL.toLocaleString("en-US")}`, ratios, { atMost: 1.2 }),
        );
      }
    }
  } finally {
    for (const portal of portals) await portal.stop();
    await big?.drop();
    await small.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) runBench(main);
