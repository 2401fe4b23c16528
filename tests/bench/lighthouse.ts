// `npm run lighthouse` (after `npm run build`): Lighthouse's performance, accessibility and best
// practices scores for the landing page, sign-in, the dashboard and a case page of the BUILT app.
// It starts `npm start`'s server (server.ts) on its own port with a fresh embedded database holding
// the demo data (`npm run db:seed`) and a local mail catcher for the sign-in code, signs in as the
// demo applicant in Debian's Chromium (CHROME_PATH, else /usr/bin/chromium), and lets Lighthouse
// drive that same browser through its debugging port, so the signed-in pages keep the cookie.
// Lighthouse's default (mobile, simulated throttling) settings, as PageSpeed Insights uses them.
//   npm run lighthouse                 LIGHTHOUSE_PORT (4700) is the portal's port; +1 mail, +2 Chromium
//   LIGHTHOUSE_RUNS=3 (default)        runs per page; the median run is reported (Lighthouse's own
//                                      computeMedianRun, as Lighthouse CI does), with every run's score
//   LIGHTHOUSE_REPORTS=dir npm run lighthouse   also writes each page's median report (JSON) into dir
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "@playwright/test";
import lighthouse from "lighthouse";
import { computeMedianRun, filterToValidRuns } from "lighthouse/core/lib/median-run.js";
import { codeIn, SmtpSink } from "../support/smtp-sink";
import { spawnPortal } from "../e2e/portal-process";
import { benchDatabase } from "./bench-database";
import { requireBuild } from "./http-bench";

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4700);
const SMTP_PORT = PORT + 1;
const DEBUG_PORT = PORT + 2;
const APP_URL = `http://localhost:${PORT}`;
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
// One run's score varies by several points on a shared machine (the first page of a fresh browser
// scored 82 and then 99), so each page is run several times and the median run reported.
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

requireBuild();

const database = await benchDatabase({ migrateGiven: true });
const mail = new SmtpSink({ port: SMTP_PORT });
await mail.start();
const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-uploads-"));
const portalEnv: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  DATABASE_URL: database.url,
  DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? "10",
  APP_URL,
  SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
  MAIL_FROM: "Applicant Portal <no-reply@portal.test>",
  // No page measured here pays a fee; production settings still need a payment service named.
  STRIPE_API_URL: "http://127.0.0.1:12111",
  STRIPE_WEBHOOK_SECRET: "whsec_lighthouse_not_used",
  UPLOAD_DIR: uploads,
  LOG_LEVEL: "warn",
  HOST: "",
  TRUSTED_PROXIES: "",
};

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

async function waitForHealth(child: ChildProcess): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the portal stopped (exit code ${child.exitCode})`);
    if (
      await fetch(`${APP_URL}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the portal did not answer at ${APP_URL}`);
}

async function signIn(context: BrowserContext): Promise<string> {
  const { DEMO_ACCOUNT } = await import("../../lib/demo/seed-demo-data");
  const page = await context.newPage();
  const after = Date.now();
  await page.goto(`${APP_URL}/sign-in`);
  await page.getByLabel("Email address", { exact: true }).fill(DEMO_ACCOUNT.email);
  await page.getByLabel("Password", { exact: true }).fill(DEMO_ACCOUNT.password);
  await page.getByRole("button", { name: "Sign In" }).click();
  await page.waitForURL(/\/sign-in\/verify$/);
  await page.getByRole("button", { name: "Send code" }).click();
  const message = await mail.waitForMessage(
    (m) => m.to.includes(DEMO_ACCOUNT.email) && m.subject.startsWith("Your verification code") && m.receivedAt.getTime() >= after,
    30_000,
  );
  await page.getByLabel("Verification code").fill(codeIn(message.text));
  await page.getByRole("button", { name: "Verify" }).click();
  await page.waitForURL(/\/dashboard/);
  const href = await page.getByTestId("case-card").first().getByRole("link").first().getAttribute("href");
  await page.close();
  if (!href) throw new Error("the demo dashboard shows no case");
  return `${APP_URL}${href}`;
}

type Scores = Record<(typeof CATEGORIES)[number], number | null>;

type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];
type Audit = { name: string; url: string; scores: Scores; runs: (number | null)[]; flagged: string[] };

async function audit(name: string, url: string): Promise<Audit> {
  const lhrs: Report[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await lighthouse(url, {
      port: DEBUG_PORT,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      // Keep the session cookie of the sign-in above.
      disableStorageReset: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    lhrs.push(result.lhr);
  }
  const runs = lhrs.map((one) => one.categories.performance?.score ?? null);
  const valid = filterToValidRuns(lhrs);
  const lhr = (valid.length > 0 ? computeMedianRun(valid) : lhrs[0]) as Report;
  if (process.env.LIGHTHOUSE_REPORTS) {
    fs.mkdirSync(process.env.LIGHTHOUSE_REPORTS, { recursive: true });
    const file = path.join(process.env.LIGHTHOUSE_REPORTS, `${name.toLowerCase().replaceAll(" ", "-")}.json`);
    fs.writeFileSync(file, JSON.stringify(lhr, null, 1));
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null])) as Scores;
  // What keeps a category below 100: audits that count toward a score and did not pass.
  const flagged = CATEGORIES.flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 0.9)
      .map((a) => `${c}: ${a.id} (${a.displayValue ?? a.score})`),
  );
  for (const failed of lhrs.filter((one) => one.runtimeError)) flagged.push(`a run failed: ${failed.runtimeError!.message}`);
  return { name, url: lhr.finalDisplayedUrl, scores, runs, flagged };
}

let portal: ChildProcess | null = null;
let context: BrowserContext | null = null;
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-chromium-"));
try {
  await run("npm", ["run", "--silent", "db:seed"], portalEnv);
  // What `npm start -- -p PORT` runs: the compiled server, through scripts/start.sh.
  portal = spawnPortal(PORT, portalEnv, ["ignore", "ignore", "inherit"]);
  await waitForHealth(portal);
  // A persistent context is the browser's default one, which the tabs Lighthouse opens share.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      `--remote-debugging-port=${DEBUG_PORT}`,
    ],
  });
  const results = [await audit("Landing page", `${APP_URL}/`), await audit("Sign in", `${APP_URL}/sign-in`)];
  const casePage = await signIn(context);
  results.push(await audit("Dashboard", `${APP_URL}/dashboard`), await audit("Case page", casePage));

  const pct = (score: number | null) => (score === null ? "n/a" : String(Math.round(score * 100))).padStart(14);
  console.log(`\nThe median of ${RUNS} run(s) per page; every run's performance score in brackets.`);
  console.log(
    `${"Page".padEnd(14)}${"Performance".padStart(14)}${"Accessibility".padStart(14)}${"Best practices".padStart(16)}  Runs  URL`,
  );
  for (const r of results) {
    const runs = r.runs.map((score) => (score === null ? "n/a" : Math.round(score * 100))).join(", ");
    console.log(
      `${r.name.padEnd(14)}${pct(r.scores.performance)}${pct(r.scores.accessibility)}${pct(r.scores["best-practices"]).padStart(16)}  (${runs})  ${r.url}`,
    );
  }
  const flagged = results.filter((r) => r.flagged.length > 0);
  if (flagged.length > 0) {
    console.log("\nFlagged:");
    for (const r of flagged) for (const line of r.flagged) console.log(`  ${r.name}: ${line}`);
  }
} finally {
  await context?.close();
  portal?.kill("SIGTERM");
  await mail.stop();
  await database.stop();
  fs.rmSync(profile, { recursive: true, force: true });
  fs.rmSync(uploads, { recursive: true, force: true });
}
process.exit(0);
