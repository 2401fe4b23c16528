import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type ConsoleMessage, type Page, type Response } from "@playwright/test";
import { queryDatabase } from "../support/database";
import { SmtpSink } from "../support/smtp-sink";
import { TwilioStandin } from "../support/twilio-standin";
import { APP_URL, DB_STATE_FILE, E2E_SMTP_PORT, E2E_TWILIO_PORT, TWILIO } from "./e2e-env";

export { GOOD_PASSWORD, PDF, uniqueEmail } from "../support/test-data";

/** Something a browser page did that no journey may do: a 5xx, a console error, an uncaught exception, a React warning. */
type BrowserProblem = {
  kind: "server error" | "console error" | "page error" | "React warning";
  text: string;
  page: Page | null;
  at: string;
  expected: boolean;
};
type Expectation = { page: Page; pattern: RegExp; matched: number };

type Fixtures = { browserProblems: BrowserProblem[]; serverErrors: string[]; freshClientAddress: void };
type WorkerFixtures = { mail: SmtpSink; sms: TwilioStandin };

// React reports hydration mismatches and misuse through console.error (caught as console errors);
// development builds also warn through console.warn with these prefixes.
const REACT_WARNING = /^Warning: |\bReact\b|hydrat/i;

// The test now running in this worker (Playwright runs one test at a time per worker), so that
// expectBrowserError() can mark what it expects.
let current: { problems: BrowserProblem[]; serverErrors: string[]; expectations: Expectation[] } | null = null;

const serverErrorLists = new WeakMap<BrowserProblem[], string[]>();
function serverErrorsOf(problems: BrowserProblem[]): string[] {
  return serverErrorLists.get(problems) ?? [];
}

function record(problem: Omit<BrowserProblem, "expected" | "at">): void {
  if (!current) return;
  const at = problem.page?.url() ?? "?";
  const expectation = current.expectations.find((e) => (problem.page === null || e.page === problem.page) && e.pattern.test(problem.text));
  if (expectation) expectation.matched += 1;
  current.problems.push({ ...problem, at, expected: Boolean(expectation) });
  if (problem.kind === "server error" && !expectation) current.serverErrors.push(problem.text);
}

function watchPage(page: Page): void {
  page.on("console", (message: ConsoleMessage) => {
    const location = message.location().url ? ` (${message.location().url})` : "";
    if (message.type() === "error") record({ kind: "console error", text: `${message.text()}${location}`, page });
    else if (message.type() === "warning" && REACT_WARNING.test(message.text()))
      record({ kind: "React warning", text: message.text(), page });
  });
  page.on("pageerror", (error) => record({ kind: "page error", text: `${error.name}: ${error.message}`, page }));
  page.on("response", (response: Response) => {
    if (response.status() >= 500)
      record({ kind: "server error", text: `${response.status()} ${response.request().method()} ${response.url()}`, page });
  });
}

function watchContext(context: BrowserContext, watched: WeakSet<BrowserContext>): void {
  if (watched.has(context)) return;
  watched.add(context);
  for (const page of context.pages()) watchPage(page);
  context.on("page", watchPage);
}

/** The run's database (written by serve.ts), for checking rows (and, sparingly, moving times back). */
export function db<Row extends Record<string, unknown> = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const { url } = JSON.parse(fs.readFileSync(DB_STATE_FILE, "utf8")) as { url: string };
  return queryDatabase<Row>(sql, params, url);
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  // This worker's portal (not in the config, which is read outside the workers).
  baseURL: APP_URL,
  mail: [
    async ({}, use) => {
      const sink = new SmtpSink({ port: E2E_SMTP_PORT });
      await sink.start();
      await use(sink);
      await sink.stop();
    },
    { scope: "worker" },
  ],
  sms: [
    async ({}, use) => {
      const standin = new TwilioStandin({ accountSid: TWILIO.accountSid, authToken: TWILIO.authToken, port: E2E_TWILIO_PORT });
      await standin.start();
      await use(standin);
      await standin.stop();
    },
    { scope: "worker" },
  ],
  // Every test, in every page of every browser context it opens, fails on a 5xx response, a console
  // error, an uncaught exception or a React warning. Nothing is allowed globally: a test that causes
  // one on purpose says so around that step with expectBrowserError().
  browserProblems: [
    async ({ browser, context }, use) => {
      const problems: BrowserProblem[] = [];
      const serverErrors: string[] = [];
      serverErrorLists.set(problems, serverErrors);
      current = { problems, serverErrors, expectations: [] };
      const watched = new WeakSet<BrowserContext>();
      const onContext = (created: BrowserContext) => watchContext(created, watched);
      browser.on("context", onContext);
      watchContext(context, watched);
      try {
        await use(problems);
      } finally {
        browser.off("context", onContext);
        current = null;
      }
      const unexpected = problems.filter((p) => !p.expected).map((p) => `${p.kind} on ${p.at}: ${p.text}`);
      expect(unexpected, "5xx responses, console errors, uncaught exceptions or React warnings in the browser").toEqual([]);
    },
    { auto: true },
  ],
  // Every browser of the run comes from one address (127.0.0.1 or ::1), so the per-address sign-in
  // and sign-up counters would add up over the whole run (100 sign-ins, 30 sign-ups an hour) and
  // refuse them in later specs. Each test starts as a new address would; the tests of those limits
  // build them up inside.
  freshClientAddress: [
    async ({}, use) => {
      await db(
        `DELETE FROM "RateLimit" WHERE key LIKE 'sign-in:ip:%' OR key LIKE 'sign-in-failures:ip:%' OR key LIKE 'sign-up-ip:%' OR key LIKE 'confirm-resend-ip:%'`,
      );
      await use();
    },
    { auto: true },
  ],
  /** The 5xx responses so far (the automatic check above fails the test on them too); specs may add their own. */
  serverErrors: async ({ browserProblems }, use) => {
    const errors = serverErrorsOf(browserProblems);
    await use(errors);
    expect(errors, "server errors during the test").toEqual([]);
  },
});

export { expect };
export type { Browser, Page } from "@playwright/test";

/**
 * Runs `action`, during which `page` is expected to report a browser problem matching `pattern`
 * (for example the console error Chromium logs when a test deliberately opens a page that answers
 * 404). At least one must occur; any that match are not counted against the test.
 */
export async function expectBrowserError<T>(page: Page, pattern: RegExp, action: () => Promise<T>): Promise<T> {
  if (!current) throw new Error("expectBrowserError() runs inside a test that uses the fixtures of tests/e2e/fixtures.ts");
  const expectation: Expectation = { page, pattern, matched: 0 };
  const { expectations } = current;
  expectations.push(expectation);
  try {
    const result = await action();
    await expect.poll(() => expectation.matched, { message: `a browser problem matching ${pattern}` }).toBeGreaterThan(0);
    return result;
  } finally {
    expectations.splice(expectations.indexOf(expectation), 1);
  }
}

/** The console error Chromium logs for a page or file that answered with `status`. */
export function failedToLoad(status: number): RegExp {
  return new RegExp(`^Failed to load resource: the server responded with a status of ${status}\\b`);
}

/** axe-core with the WCAG 2.1 A and AA rules: no violations allowed. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  expect(await accessibilityViolations(page, state), `accessibility violations on ${state}`).toEqual([]);
}

/** What axe-core finds against the WCAG 2.1 A and AA rules, one line per rule and its elements. */
export async function accessibilityViolations(page: Page, state: string): Promise<string[]> {
  await page.waitForLoadState("load");
  // Next.js streams the <title> in after the body; axe must see the finished page.
  await expect.poll(() => page.title(), { message: `the page title on ${state}` }).not.toBe("");
  // Legacy mode runs axe in the page itself; the default opens a blank page in the context to put
  // each frame's results together, which doubled the time of a check (about 0.9 s against 0.4 on
  // /, /sign-in and /sign-up). It leaves out cross-origin frames alone, and the portal's CSP
  // (default-src 'self') allows none. Only violations are reported, so axe does not build a
  // selector for every node that passed.
  const analyze = () =>
    new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .setLegacyMode()
      .options({ resultTypes: ["violations"] })
      .analyze();
  let results = await analyze();
  // After a client-side move the old <title> goes with the old page, and the new one comes when the
  // page's metadata has streamed in: a check that fell in between runs again once it is there.
  if (results.violations.some((violation) => violation.id === "document-title")) {
    await expect.poll(() => page.title(), { message: `the new page title on ${state}` }).not.toBe("");
    results = await analyze();
  }
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
}

/**
 * Signs out with the header's button and waits for the page the sign-out lands on, so that the next
 * navigation cannot overtake the sign-out (and reach a page with the old session still in place).
 */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Account" }).getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\?reason=signed-out-by-you$/);
  await expect(page.getByTestId("sign-in-reason")).toHaveText("You have signed out.");
}
