// The production set-up of the README: two instances of the built portal behind HAProxy
// (deploy/haproxy.cfg) on one PostgreSQL. A person moves between instances mid-journey; two
// delivery workers compete for the outbox through an SMTP outage; an instance is killed mid-load;
// another is stopped with SIGTERM while requests are in flight.
import fs from "node:fs";
import { actionBody, actionHeaders, actionId, clientAddress } from "../support/server-action";
import { codeIn } from "../support/smtp-sink";
import { createAccount } from "./accounts";
import { expect, expectAccessible, signOut, test, uniqueEmail, type Page } from "./fixtures";
import { Cluster, CLUSTER_URL, METRICS_TOKEN, PICK_HEADER, PROXY_URL, SERVED_BY_HEADER, type InstanceName } from "./two-instances";

test.describe.configure({ mode: "serial" });

let cluster: Cluster;
let nextClient = 1_000;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  cluster = await Cluster.start();
});
test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const instance of Object.values(cluster?.instances ?? {})) {
    await testInfo.attach(`${instance.name}.log`, { body: instance.lines.join("\n"), contentType: "text/plain" });
  }
  if (cluster) await testInfo.attach("haproxy.log", { body: cluster.proxyLines.join("\n"), contentType: "text/plain" });
});
test.afterAll(async () => {
  await cluster?.stop();
});

type SignUp = { email: string; ok: boolean; status: number | string; answeredAt: number };

/** The first step of sign-up (a user, a confirmation link and its email, in one transaction) as the browser posts it. */
async function signUp(base: string, email: string, pick?: InstanceName): Promise<SignUp> {
  const { body, contentType } = actionBody({ accountType: "APPLICANT", email, confirmEmail: email });
  const headers: Record<string, string> = pick ? { [PICK_HEADER]: pick } : {};
  Object.assign(
    headers,
    actionHeaders(actionId("app/(auth)/sign-up/page", "signUpAction"), contentType, new URL(base).origin, clientAddress(nextClient++)),
  );
  try {
    const response = await fetch(`${base}/sign-up`, { method: "POST", body, headers, redirect: "manual" });
    const text = await response.text();
    const redirect = `${response.headers.get("x-action-redirect") ?? ""} ${response.headers.get("location") ?? ""}`;
    const ok = redirect.includes("/sign-up/check-email");
    return { email, ok, status: ok ? response.status : `${response.status} ${text.slice(0, 300)}`, answeredAt: Date.now() };
  } catch (error) {
    return { email, ok: false, status: (error as Error).message, answeredAt: Date.now() };
  }
}

async function usersAmong(emails: string[]): Promise<Set<string>> {
  const rows = await cluster.query<{ email: string }>(`SELECT email FROM "User" WHERE email = ANY($1)`, [emails]);
  return new Set(rows.map((row) => row.email));
}

async function outboxOf(emails: string[]): Promise<{ to: string; status: string; attempts: number }[]> {
  return cluster.query(`SELECT "to", status::text AS status, attempts FROM "OutboundMessage" WHERE "to" = ANY($1)`, [emails]);
}

/** Each document and fetch response of the page on the cluster: "<instance asked for> <instance that answered> <method> <path>". */
function watchServedBy(page: Page): string[] {
  const seen: string[] = [];
  page.on("response", (response) => {
    const request = response.request();
    const kind = request.resourceType();
    if (response.url().startsWith(CLUSTER_URL) && (kind === "document" || kind === "fetch")) {
      seen.push(
        `${request.headers()[PICK_HEADER]} ${response.headers()[SERVED_BY_HEADER]} ${request.method()} ${new URL(response.url()).pathname}`,
      );
    }
  });
  return seen;
}

/** The responses that came from another instance than the one asked for. */
function misrouted(served: string[]): string[] {
  return served.filter((line) => {
    const [asked, answered] = line.split(" ");
    return asked !== answered;
  });
}

test("each instance runs as `npm start` runs it: one node process on the compiled server, jemalloc its allocator, no compiler kept", () => {
  for (const instance of Object.values(cluster.instances)) {
    const pid = instance.child!.pid!;
    // scripts/start.sh execs node, so signals from a service manager reach server.ts itself.
    expect(fs.readlinkSync(`/proc/${pid}/exe`), instance.name).toMatch(/\/node$/);
    // The JavaScript that `npm run build` compiled, with no TypeScript loader: its loader thread and
    // the source maps it turns on for every module cost about 100 MiB per process.
    const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
    expect(commandLine, instance.name).toContain(".next/portal-server.mjs");
    expect(commandLine.join(" "), instance.name).not.toMatch(/tsx|server\.ts/);
    const maps = fs.readFileSync(`/proc/${pid}/maps`, "utf8");
    expect(maps, `${instance.name} uses Debian's libjemalloc2 (.ci/run installs it)`).toContain("libjemalloc.so.2");
    // next.config.mjs, not .ts: Next.js would load its native compiler (about 26 MiB) to read a TypeScript config.
    expect(maps, instance.name).not.toContain("next-swc");
  }
});

test("HAProxy logs the path of each request but never its query string, where links carry their tokens", async () => {
  const token = `proxy-log-${Date.now()}`;
  await fetch(`${PROXY_URL}/reset-password?token=${token}`, { redirect: "manual" });
  await expect.poll(() => cluster.proxyLines.some((line) => line.includes('"GET /reset-password HTTP/1.1"'))).toBe(true);
  expect(cluster.proxyLines.join("\n")).not.toContain(token);
});

test("a person signs in through one instance and carries on through the other", async ({ page }) => {
  const account = await createAccount({ label: "two-instances", databaseUrl: cluster.databaseUrl });
  const served = watchServedBy(page);

  await page.setExtraHTTPHeaders({ [PICK_HEADER]: "app1" });
  await page.goto(`${CLUSTER_URL}/sign-in`);
  await page.getByLabel("Email address", { exact: true }).fill(account.email);
  await page.getByLabel("Password", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Sign In" }).click();
  await expect(page).toHaveURL(/\/sign-in\/verify$/);
  const after = Date.now();
  await page.getByRole("button", { name: "Send code" }).click();
  const message = await cluster.mail.waitForMessage(
    (m) => m.to.includes(account.email) && m.subject.startsWith("Your verification code") && m.receivedAt.getTime() >= after,
  );
  const code = codeIn(message.text);
  await page.getByLabel("Verification code").fill(code);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(misrouted(served)).toEqual([]);
  for (const step of ["app1 app1 GET /sign-in", "app1 app1 POST /sign-in/password", "app1 app1 POST /sign-in/verify"]) {
    expect(served, `${step} (asked for, answered by, request)`).toContain(step);
  }

  // The same browser, its cookie and the page's server actions, now on the other instance.
  served.length = 0;
  await page.setExtraHTTPHeaders({ [PICK_HEADER]: "app2" });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expectAccessible(page, "the dashboard through the second instance");
  await signOut(page);
  expect(misrouted(served)).toEqual([]);
  expect(served).toContain("app2 app2 GET /dashboard");
  // The sign-out is a server action posted from the dashboard: its id and the session cookie work on app2.
  expect(served).toContain("app2 app2 POST /dashboard");
  await page.goto(`${CLUSTER_URL}/dashboard`);
  await expect(page).toHaveURL(/\/sign-in/);

  // Every line either instance wrote is JSON; the sign-in's lines carry request ids; neither the
  // password nor the code appears anywhere in them.
  for (const instance of Object.values(cluster.instances)) {
    const lines = instance.lines.filter((line) => line.trim() !== "");
    expect(lines.length, `${instance.name} wrote log lines`).toBeGreaterThan(0);
    expect(
      lines.filter((line) => !line.startsWith("{")),
      `${instance.name}: lines that are not JSON`,
    ).toEqual([]);
    expect(
      instance.jsonLines().filter((line) => line.msg === "request answered" && typeof line.requestId === "string").length,
    ).toBeGreaterThan(0);
    const text = instance.lines.join("\n");
    expect(text.includes(account.password), `${instance.name}'s log holds the password`).toBe(false);
    expect(text.includes(code), `${instance.name}'s log holds the code`).toBe(false);
  }

  // Metrics: refused without the token; with it, the sign-in's outcomes on the instance that served it.
  const refused = await fetch(`${PROXY_URL}/api/metrics`, { headers: { [PICK_HEADER]: "app1" } });
  expect(refused.status).toBe(404);
  const metrics = await fetch(`${PROXY_URL}/api/metrics`, { headers: { [PICK_HEADER]: "app1", authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(metrics.status).toBe(200);
  const text = await metrics.text();
  expect(text).toContain('portal_sign_in_attempts_total{step="password",outcome="ok"} 1');
  expect(text).toContain('portal_sign_in_attempts_total{step="second_step",outcome="ok"} 1');
  expect(text).toMatch(/portal_http_requests_total\{method="GET",route="\/sign-in",status="200"\} \d+/);
  expect(text).toMatch(/portal_outbox_messages\{state="pending"\} \d+/);
});

test("each outbound message is delivered exactly once while SMTP is down and comes back, with two workers competing", async () => {
  const failuresBefore = Object.fromEntries(
    Object.values(cluster.instances).map((i) => [i.name, i.jsonLines().filter((l) => l.msg === "delivery failed").length]),
  );
  await cluster.mail.stop();
  const emails = Array.from({ length: 24 }, () => uniqueEmail("outage"));
  try {
    const answers = await Promise.all(emails.map((email) => signUp(PROXY_URL, email)));
    expect(answers.filter((a) => !a.ok)).toEqual([]);
    // Both instances' workers try (and fail) while the server is down; nothing is given up.
    await expect
      .poll(async () => (await outboxOf(emails)).filter((row) => row.status === "PENDING" && row.attempts > 0).length, { timeout: 30_000 })
      .toBe(emails.length);
    await expect
      .poll(
        () =>
          Object.values(cluster.instances).map(
            (i) => i.jsonLines().filter((l) => l.msg === "delivery failed").length > failuresBefore[i.name],
          ),
        { timeout: 30_000, message: "both workers tried to deliver during the outage" },
      )
      .toEqual([true, true]);
  } finally {
    await cluster.mail.start();
  }
  await expect
    .poll(async () => (await outboxOf(emails)).filter((row) => row.status === "SENT").length, { timeout: 60_000 })
    .toBe(emails.length);
  for (const email of emails) expect(cluster.mail.messages(email), email).toHaveLength(1);
});

test("an instance killed with SIGKILL mid-load loses no committed change and no message", async () => {
  // What the killed instance held is taken up by the minute's sweep once its claims lapse
  // (OUTBOX_CLAIM_MS, 10 s here): up to about 70 s after the kill.
  test.setTimeout(300_000);
  const answers: SignUp[] = [];
  let killedAt = 0;
  let stop = false;
  const worker = async () => {
    while (!stop) answers.push(await signUp(PROXY_URL, uniqueEmail("kill")));
  };
  const load = Promise.all(Array.from({ length: 6 }, worker));
  await expect.poll(() => answers.filter((a) => a.ok).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(20);
  await cluster.instances.app1.stop("SIGKILL");
  killedAt = Date.now();
  // The load goes on through the instance left.
  await expect.poll(() => answers.filter((a) => a.ok && a.answeredAt > killedAt).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(20);
  stop = true;
  await load;

  const acknowledged = answers.filter((a) => a.ok).map((a) => a.email);
  const all = answers.map((a) => a.email);
  const committed = await usersAmong(all);
  test.info().annotations.push({
    type: "load",
    description: `${answers.length} sign-ups, ${acknowledged.length} answered, ${answers.length - acknowledged.length} cut by the kill: ${answers
      .filter((a) => !a.ok)
      .map((a) => a.status)
      .join(", ")}`,
  });
  // Every change the portal confirmed is in the database.
  expect(acknowledged.filter((email) => !committed.has(email))).toEqual([]);
  // Every committed change's email arrives, including those the killed instance had claimed.
  const expected = [...committed];
  await expect.poll(async () => (await outboxOf(expected)).filter((row) => row.status !== "SENT").length, { timeout: 120_000 }).toBe(0);
  expect((await outboxOf(expected)).length).toBe(expected.length);
  const missing = expected.filter((email) => cluster.mail.messages(email).length === 0);
  expect(missing).toEqual([]);
  const twice = expected.filter((email) => cluster.mail.messages(email).length > 1);
  test.info().annotations.push({ type: "sent twice (claimed by the killed instance mid-send)", description: String(twice.length) });
});

test("SIGTERM answers the requests in flight, stops the worker and exits 0", async () => {
  // The killed instance is back (as a service manager would restart it).
  await cluster.instances.app1.start();
  await cluster.reachable("app1");
  const app2 = cluster.instances.app2;
  const emails = Array.from({ length: 30 }, () => uniqueEmail("sigterm"));
  // Through HAProxy, all to app2 (an action's redirect is rendered through the public address, so
  // it needs an instance that still listens: app1 here).
  const answers = Promise.all(emails.map((email) => signUp(PROXY_URL, email, "app2")));
  // Work is under way: the first of these sign-ups is committed.
  await expect.poll(async () => (await usersAmong(emails)).size, { timeout: 30_000, intervals: [10] }).toBeGreaterThan(0);
  const signalledAt = Date.now();
  const ended = app2.stop("SIGTERM");
  const answered = await answers;
  expect(await ended).toEqual({ code: 0, signal: null });
  expect(answered.filter((a) => !a.ok)).toEqual([]);
  expect(answered.filter((a) => a.answeredAt >= signalledAt).length, "requests answered after the signal").toBeGreaterThan(0);
  expect((await usersAmong(emails)).size).toBe(emails.length);
  const messages = app2.jsonLines().map((line) => line.msg);
  expect(messages).toContain("delivery worker stopped");
  expect(messages.at(-1)).toBe("stopped");
});
