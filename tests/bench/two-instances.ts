// Two instances against one, behind the same HAProxy (deploy/haproxy.cfg) on the same PostgreSQL:
// password-step sign-ins per second and pages per second, in turns (3 interleaved repetitions). For
// "one", every request is sent to the first instance (the test-only pick header); for "two",
// HAProxy spreads them. Prints min/median/max of each and the ratio two/one.
//   npm run build && TEST_DATABASE_URL=postgresql://... npm run bench:two-instances
import os from "node:os";
import autocannon from "autocannon";
import { Cluster, PICK_HEADER, PROXY_URL } from "../e2e/two-instances";
import { makeAccounts, signInRequests } from "./sign-in";

process.env.TEST_DATABASE_URL ??= "postgresql://portal:portal-ci-password@127.0.0.1:5432/postgres";
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ACCOUNTS = 20_000;

const next = { n: 0 };

async function run(kind: "sign-ins" | "pages", instances: "one" | "two"): Promise<number> {
  const pin: Record<string, string> = instances === "one" ? { [PICK_HEADER]: "app1" } : {};
  const result = await autocannon({
    url: PROXY_URL,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests:
      kind === "pages"
        ? [{ method: "GET", path: "/", headers: pin }]
        : signInRequests("bench", ACCOUNTS, next, { origin: PROXY_URL, headers: pin }),
  });
  // The password step answers 200 with where to go next: both kinds count 2xx.
  const good = result["2xx"];
  if (result.errors > 0 || result.non2xx > 0) {
    console.warn(`  (${kind}, ${instances}: ${result.errors} errors, ${result.non2xx} non-2xx)`);
  }
  return good / SECONDS;
}

function spread(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `min ${sorted[0].toFixed(1)} / median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} / max ${sorted.at(-1)!.toFixed(1)}`;
}

async function main(): Promise<void> {
  console.log(
    `Two instances against one behind HAProxy: ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
  const cluster = await Cluster.start();
  try {
    await makeAccounts(cluster.databaseUrl, ACCOUNTS, "bench");
    const figures: Record<string, number[]> = {};
    for (let round = 1; round <= REPETITIONS; round++) {
      for (const kind of ["sign-ins", "pages"] as const) {
        for (const instances of round % 2 ? (["one", "two"] as const) : (["two", "one"] as const)) {
          (figures[`${kind} ${instances}`] ??= []).push(await run(kind, instances));
        }
      }
    }
    for (const kind of ["sign-ins", "pages"]) {
      const one = figures[`${kind} one`];
      const two = figures[`${kind} two`];
      const ratios = one.map((value, i) => two[i] / value);
      console.log(`${kind} per second, one instance:  ${spread(one)}`);
      console.log(`${kind} per second, two instances: ${spread(two)}`);
      console.log(`ratio ${kind} two/one: ${spread(ratios)}`);
    }
  } finally {
    await cluster.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
