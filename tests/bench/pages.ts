// The dashboard and a case page against the landing page: p50 and p95 at the same concurrency,
// signed in as the demo applicant (its cases, notices and messages), in turns (3 repetitions).
// Goal: each ratio <= 1.5.
//   npm run build && npm run bench:pages
import pg from "pg";
import {
  APP_URL,
  type LoadRequest,
  heading,
  load,
  ratioLine,
  REPETITIONS,
  requireBuild,
  runBench,
  scratchDatabase,
  sessionCookieFor,
  spread,
  startPortal,
  useDatabase,
} from "./http-bench";

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);

export type SignedIn = { cookies: string[]; casePath: string };

/** The demo data, and fully signed-in sessions of the demo applicant (one per connection). */
export async function seedSignedIn(url: string, sessions = CONNECTIONS): Promise<SignedIn> {
  const { seedDemoData, DEMO_ACCOUNT } = await import("../../lib/demo/seed-demo-data");
  const { db } = await import("../../lib/db");
  const { createSession } = await import("../../lib/sessions/sessions");
  await seedDemoData();
  const user = await db().user.findUniqueOrThrow({ where: { email: DEMO_ACCOUNT.email }, select: { id: true } });
  const cookies: string[] = [];
  for (let i = 0; i < sessions; i++) {
    const token = await db().$transaction((tx) =>
      createSession(tx, user.id, "FULL", ["password", "email"], { ip: "192.0.2.1", userAgent: "bench" }, { secondStepAt: new Date() }),
    );
    cookies.push(await sessionCookieFor(token));
  }
  await db().$disconnect();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // The demo case with the most on its page.
  const row = await client.query<{ receiptNumber: string }>(
    `SELECT c."receiptNumber" FROM "Case" c WHERE c."ownerId" = $1
     ORDER BY (SELECT count(*) FROM "CaseEvent" e WHERE e."caseId" = c.id) + (SELECT count(*) FROM "Notice" n WHERE n."caseId" = c.id) DESC LIMIT 1`,
    [user.id],
  );
  await client.end();
  if (!row.rows[0]) throw new Error("the demo applicant has no case");
  return { cookies, casePath: `/cases/${row.rows[0].receiptNumber}` };
}

/** Requests for one page, each connection with its own session. */
export function pageRequests(path: string, cookies: string[]) {
  let next = 0;
  return [
    {
      method: "GET" as const,
      path,
      setupRequest: (request: LoadRequest) => ({ ...request, headers: { cookie: cookies[next++ % cookies.length] } }),
    },
  ];
}

/** Checks that a signed-in page answers 200 (not a redirect to sign-in). */
export async function checkPage(path: string, cookie: string, base = APP_URL): Promise<void> {
  const response = await fetch(`${base}${path}`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new Error(`${path} answered ${response.status} ${response.headers.get("location") ?? ""}`);
  await response.text();
}

export type PageFigures = Record<"landing" | "dashboard" | "case", { p50: number[]; p95: number[]; perSecond: number[] }>;

/** Each page in turn, `REPETITIONS` times, after a warm-up. */
export async function measurePages(signedIn: SignedIn, seconds = SECONDS): Promise<PageFigures> {
  const pages = {
    landing: pageRequests("/", signedIn.cookies),
    dashboard: pageRequests("/dashboard", signedIn.cookies),
    case: pageRequests(signedIn.casePath, signedIn.cookies),
  };
  const figures: PageFigures = {
    landing: { p50: [], p95: [], perSecond: [] },
    dashboard: { p50: [], p95: [], perSecond: [] },
    case: { p50: [], p95: [], perSecond: [] },
  };
  for (const requests of Object.values(pages)) await load({ connections: CONNECTIONS, amount: 3 * CONNECTIONS, requests });
  for (let rep = 0; rep < REPETITIONS; rep++) {
    for (const [name, requests] of Object.entries(pages) as [keyof PageFigures, ReturnType<typeof pageRequests>][]) {
      const result = await load({ connections: CONNECTIONS, seconds, requests });
      if (result.errors || result.non2xx) throw new Error(`${name}: ${result.errors} errors, ${result.non2xx} answers not 2xx`);
      figures[name].p50.push(result.p50);
      figures[name].p95.push(result.p95);
      figures[name].perSecond.push(result.perSecond);
    }
  }
  return figures;
}

export function printPages(figures: PageFigures): void {
  for (const [name, f] of Object.entries(figures)) {
    console.log(`${name.padEnd(10)} p50 ${spread(f.p50, "ms")}  p95 ${spread(f.p95, "ms")}  ${spread(f.perSecond, "per second", 0)}`);
  }
}

async function main() {
  requireBuild();
  heading(`Pages: dashboard and case page vs the landing page, ${CONNECTIONS} connections, ${SECONDS} s each, ${REPETITIONS} repetitions`);
  const database = await scratchDatabase();
  useDatabase(database.url);
  const portal = await startPortal(database.url);
  try {
    const signedIn = await seedSignedIn(database.url);
    await checkPage("/dashboard", signedIn.cookies[0]);
    await checkPage(signedIn.casePath, signedIn.cookies[0]);
    const figures = await measurePages(signedIn);
    printPages(figures);
    const by = (page: "dashboard" | "case", p: "p50" | "p95") => figures[page][p].map((v, i) => v / figures.landing[p][i]);
    console.log(ratioLine("dashboard p50 / landing p50", by("dashboard", "p50"), { atMost: 1.5 }));
    console.log(ratioLine("dashboard p95 / landing p95", by("dashboard", "p95"), { atMost: 1.5 }));
    console.log(ratioLine("case page p50 / landing p50", by("case", "p50"), { atMost: 1.5 }));
    console.log(ratioLine("case page p95 / landing p95", by("case", "p95"), { atMost: 1.5 }));
  } finally {
    await portal.stop();
    await database.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) runBench(main);
