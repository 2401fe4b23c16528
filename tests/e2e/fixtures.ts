import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { queryDatabase } from "../support/database";
import { SmtpSink } from "../support/smtp-sink";
import { TwilioStandin } from "../support/twilio-standin";
import { DB_STATE_FILE, E2E_SMTP_PORT, E2E_TWILIO_PORT, TWILIO } from "./e2e-env";

type Fixtures = { serverErrors: string[] };
type WorkerFixtures = { mail: SmtpSink; sms: TwilioStandin };

/** The run's database (written by serve.ts), for checking and arranging rows. */
export function db<Row extends Record<string, unknown> = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const { url } = JSON.parse(fs.readFileSync(DB_STATE_FILE, "utf8")) as { url: string };
  return queryDatabase<Row>(sql, params, url);
}

export const test = base.extend<Fixtures, WorkerFixtures>({
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
  // Every test fails if any response was a 5xx: bad input must never reach a server error.
  serverErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 500) errors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    await use(errors);
    expect(errors, "server errors during the test").toEqual([]);
  },
  page: async ({ page }, use) => {
    await use(page);
  },
});

export { expect };

/** axe-core with the WCAG 2.1 A and AA rules: no violations allowed. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  await page.waitForLoadState("load");
  // Next.js streams the <title> in after the body; axe must see the finished page.
  await expect.poll(() => page.title(), { message: `the page title on ${state}` }).not.toBe("");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`);
  expect(summary, `accessibility violations on ${state}`).toEqual([]);
}

export function uniqueEmail(label: string): string {
  return `${label}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.com`;
}

export const GOOD_PASSWORD = "Quiet-Harbor-2026!";
