import { defineConfig } from "@playwright/test";
import { appUrlOf, E2E_WORKERS } from "./tests/e2e/e2e-env";

// Browser journeys against the built app (`npm run build` first), in Debian's Chromium. Each worker
// runs whole spec files against a portal, database, mail and SMS stand-ins of its own (the ports
// and files of tests/e2e/e2e-env.ts, by TEST_PARALLEL_INDEX; the page's baseURL is set by
// tests/e2e/fixtures.ts), so no spec sees another's mail, counters or outage.
export default defineConfig({
  testDir: "tests/e2e",
  // Specs only: a *.test.ts beside them is a unit test of the harness (Vitest).
  testMatch: "**/*.spec.ts",
  fullyParallel: false,
  workers: E2E_WORKERS,
  retries: 0,
  // Room for the longest journeys when two workers share two cores (one at 50 s alone took 72).
  timeout: 180_000,
  expect: { timeout: 15_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: "test-results/playwright-report.json" }]],
  outputDir: "test-results/playwright",
  use: {
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  webServer: Array.from({ length: E2E_WORKERS }, (_, index) => ({
    command: "npx tsx tests/e2e/serve.ts",
    env: { TEST_PARALLEL_INDEX: String(index) },
    url: `${appUrlOf(index)}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // Without it Playwright SIGKILLs the server, and tests/e2e/serve.ts never drops its database.
    gracefulShutdown: { signal: "SIGTERM" as const, timeout: 15_000 },
    stdout: "pipe" as const,
    stderr: "pipe" as const,
  })),
});
