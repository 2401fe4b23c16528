import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Settings every test process sees. lib/env.ts parses process.env lazily (env()); a test that needs
// other values sets process.env and calls resetEnvCache(). These secrets are for tests only.
const testEnv: Record<string, string> = {
  NODE_ENV: "test",
  AUTH_SECRET: "test-auth-secret-0123456789-abcdefghijklmnop",
  DATA_ENCRYPTION_KEY: Buffer.from("0123456789abcdef0123456789abcdef").toString("base64"),
  APP_URL: "http://localhost:3000",
  // Transports are off unless a test turns them on (a developer's shell may have them set).
  SMTP_URL: "",
  TWILIO_ACCOUNT_SID: "",
  TWILIO_AUTH_TOKEN: "",
  TWILIO_FROM: "",
  TWILIO_API_URL: "",
  STRIPE_SECRET_KEY: "",
  STRIPE_WEBHOOK_SECRET: "",
  STRIPE_API_URL: "",
  LOG_LEVEL: "silent",
};

export default defineConfig({
  resolve: {
    alias: [
      { find: /^server-only$/, replacement: path.join(root, "tests/support/empty-module.ts") },
      { find: /^@\//, replacement: `${root}/` },
    ],
  },
  test: {
    env: testEnv,
    // next-auth imports "next/server" without its extension, which Node's own resolver refuses.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "components/**/*.test.tsx", "prisma/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: ["**/node_modules/**", "**/*.integration.test.ts"],
          setupFiles: ["tests/support/english-equality.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.ts"],
          exclude: ["**/node_modules/**", ".next/**", ".data/**"],
          // One database for the whole run: files one at a time, tables emptied before each test.
          fileParallelism: false,
          maxWorkers: 1,
          // A fresh, migrated database for the run (embedded unless INTEGRATION_DATABASE_SERVER is set).
          globalSetup: ["tests/support/integration-database.ts"],
          setupFiles: ["tests/support/english-equality.ts", "tests/support/integration-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
