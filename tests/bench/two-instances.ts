// Two instances against one, behind the same HAProxy (deploy/haproxy.cfg) on the same PostgreSQL:
// password-step sign-ins per second and pages per second, in turns (3 interleaved repetitions). For
// "one", every request is sent to the first instance (the test-only pick header); for "two",
// HAProxy spreads them. Prints min/median/max of each and the ratio two/one.
//   npm run build && TEST_DATABASE_URL=postgresql://... npm run bench:two-instances
import os from "node:os";
import autocannon from "autocannon";
import { actionBody, actionHeaders, actionId, clientAddress } from "../support/server-action";
import { Cluster, PICK_HEADER, PROXY_URL } from "../e2e/two-instances";

process.env.TEST_DATABASE_URL ??= "postgresql://portal:portal-ci-password@127.0.0.1:5432/postgres";
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const ACCOUNTS = 20_000;
const PASSWORD = "Harbor-Lantern-Quill-26!";

async function makeAccounts(cluster: Cluster): Promise<void> {
  const { hashSecret } = await import("../../lib/passwords/hash");
  const hash = await hashSecret(PASSWORD);
  await cluster.query(
    `INSERT INTO "User" (id, email, "registrationStep", "emailConfirmedAt", "passwordHash", "passwordChangedAt", "updatedAt")
     SELECT gen_random_uuid(), 'bench' || n || '@example.com', 'COMPLETE', now(), $1, now(), now() FROM generate_series(1, $2::int) AS n`,
    [hash, ACCOUNTS],
  );
  await cluster.query(
    `INSERT INTO "MfaMethod" (id, "userId", kind, "verifiedAt") SELECT gen_random_uuid(), id, 'EMAIL', now() FROM "User"`,
  );
}

const next = { account: 0 };

async function run(kind: "sign-ins" | "pages", instances: "one" | "two"): Promise<number> {
  const pin: Record<string, string> = instances === "one" ? { [PICK_HEADER]: "app1" } : {};
  const signInId = actionId("app/(auth)/sign-in/page", "signInAction");
  const result = await autocannon({
    url: PROXY_URL,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests:
      kind === "pages"
        ? [{ method: "GET", path: "/", headers: pin }]
        : [
            {
              method: "POST",
              path: "/sign-in",
              setupRequest: (request) => {
                const n = next.account++;
                const { body, contentType } = actionBody({ email: `bench${1 + (n % ACCOUNTS)}@example.com`, password: PASSWORD });
                return { ...request, body, headers: { ...pin, ...actionHeaders(signInId, contentType, PROXY_URL, clientAddress(n)) } };
              },
            },
          ],
  });
  // A server action answers 200 and names its redirect (to the second step) in a header: both kinds count 2xx.
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
    await makeAccounts(cluster);
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
