// The dashboard's server time for an account with 1,000 cases and one with 3, among 200,000 cases
// in the database. Not a test: it prints the figures (the goal is a ratio within 1.5).
//   npm run bench:dashboard            (an in-memory embedded database, migrated here)
//   DATABASE_URL=postgresql://... npm run bench:dashboard   (an empty, migrated database of yours)
import { performance } from "node:perf_hooks";
import pg from "pg";
import { benchDatabase, median } from "./bench-database";

const TOTAL_CASES = 200_000;
const BIG = 1_000;
const SMALL = 3;
const OTHER_OWNERS = 20_000;
const RUNS = 20;

async function fill(url: string): Promise<{ big: string; small: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = performance.now();
    await client.query("BEGIN");
    await client.query(`
      INSERT INTO "User" (id, email, "registrationStep", "updatedAt")
      SELECT gen_random_uuid(), 'bench-' || n || '@example.com', 'COMPLETE', now() FROM generate_series(1, ${OTHER_OWNERS + 2}) AS n`);
    const big = (await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'bench-1@example.com'`)).rows[0].id;
    const small = (await client.query<{ id: string }>(`SELECT id FROM "User" WHERE email = 'bench-2@example.com'`)).rows[0].id;
    // Receipt numbers are unique by construction: the sequence number n spread over offices and days.
    // Owners: 1,000 cases for one account, 3 for another, the rest spread over 20,000 others (one in
    // ten not linked to any account yet).
    await client.query(
      `
      WITH owners AS (SELECT array_agg(id) AS ids FROM "User" WHERE email NOT IN ('bench-1@example.com', 'bench-2@example.com'))
      INSERT INTO "Case" (id, "receiptNumber", "formType", "applicantName", "ownerId", status, "statusChangedAt", "submittedAt", "actionRequired", "ownerViewedAt", "updatedAt")
      SELECT gen_random_uuid(),
             (ARRAY['EAC','WAC','LIN','SRC','MSC','NBC','IOE','YSC'])[1 + n % 8] || lpad((n / 8)::text, 10, '0'),
             (ARRAY['I-130','I-485','I-765','N-400','I-90','I-131'])[1 + n % 6],
             'Applicant ' || n,
             CASE WHEN n <= $3 THEN $1::uuid
                  WHEN n <= $3 + $4 THEN $2::uuid
                  WHEN n % 10 = 0 THEN NULL
                  ELSE owners.ids[1 + n % array_length(owners.ids, 1)] END,
             'Case Is Being Actively Reviewed',
             now() - make_interval(mins => (n * 7919) % 525600),
             now() - interval '400 days',
             n % 5 = 0,
             CASE WHEN n % 3 = 0 THEN now() - interval '30 days' END,
             now()
      FROM generate_series(1, $5::int) AS n, owners`,
      [big, small, BIG, SMALL, TOTAL_CASES],
    );
    await client.query("COMMIT");
    await client.query(`VACUUM ANALYZE "Case"`);
    await client.query(`VACUUM ANALYZE "User"`);
    const counts = await client.query<{ total: string; big: string; small: string }>(
      `SELECT count(*) AS total, count(*) FILTER (WHERE "ownerId" = $1) AS big, count(*) FILTER (WHERE "ownerId" = $2) AS small FROM "Case"`,
      [big, small],
    );
    const c = counts.rows[0];
    console.log(
      `Filled ${c.total} cases (${c.big} on one account, ${c.small} on another) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    return { big, small };
  } finally {
    await client.end();
  }
}

async function main() {
  const { url, stop } = await benchDatabase({ migrateGiven: false });
  try {
    const owners = await fill(url);
    const { dashboardCases } = await import("../../lib/cases/dashboard");
    const { db } = await import("../../lib/db");

    const cases = [
      { label: `account with ${SMALL} cases`, ownerId: owners.small, page: 1 },
      { label: `account with ${BIG} cases, first page`, ownerId: owners.big, page: 1 },
      { label: `account with ${BIG} cases, last page`, ownerId: owners.big, page: Math.ceil(BIG / 20) },
    ];
    // Warm up (JIT, Prisma's first queries, the database's caches), then take turns so that neither
    // account gets a warmer machine.
    for (let i = 0; i < 10; i++) for (const c of cases) await dashboardCases({ id: c.ownerId }, c.page);
    const samples = cases.map(() => [] as number[]);
    const shown = cases.map(() => 0);
    for (let run = 0; run < RUNS; run++) {
      for (const [i, c] of cases.entries()) {
        const started = performance.now();
        const result = await dashboardCases({ id: c.ownerId }, c.page);
        samples[i].push(performance.now() - started);
        shown[i] = result.cases.length;
      }
    }
    const [small, big] = samples.map(median);
    console.log(`Dashboard, median of ${RUNS} runs (server time of dashboardCases: one page of cases and their total, one query):`);
    for (const [i, c] of cases.entries())
      console.log(`  ${c.label.padEnd(38)} ${median(samples[i]).toFixed(2).padStart(7)} ms (${shown[i]} shown)`);
    const ratio = big / small;
    console.log(
      `Ratio (1,000 cases / 3 cases, first page): ${ratio.toFixed(2)}x (target: within 1.5x) ${ratio <= 1.5 ? "OK" : "OVER TARGET"}`,
    );
    await db().$disconnect();
  } finally {
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
