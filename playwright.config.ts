import { defineConfig } from "@playwright/test";
import { APP_URL } from "./tests/e2e/e2e-env";

// Browser journeys against the built app (`npm run build` first), in Debian's Chromium.
export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["json", { outputFile: "test-results/playwright-report.json" }]],
  outputDir: "test-results/playwright",
  use: {
    baseURL: APP_URL,
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
  webServer: {
    command: "npx tsx tests/e2e/serve.ts",
    url: `${APP_URL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // Without it Playwright SIGKILLs the server, and tests/e2e/serve.ts never drops its database.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
