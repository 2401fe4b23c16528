import fs from "node:fs";
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

// The integration tests run on one database for the whole run: files one at a time, tables emptied
// before each test (tests/support/integration-setup.ts). `--project "integration*"` runs both of
// its projects (tests/run-integration.ts does), as `--project "unit*"` runs the unit tests'.
const integration = {
  environment: "node" as const,
  include: ["**/*.integration.test.ts"],
  exclude: ["**/node_modules/**", ".next/**", ".data/**"],
  fileParallelism: false,
  maxWorkers: 1,
  // A fresh, migrated database for each project (embedded unless INTEGRATION_DATABASE_SERVER is set).
  globalSetup: ["tests/support/integration-database.ts"],
  setupFiles: ["tests/support/english-equality.ts", "tests/support/integration-setup.ts"],
  testTimeout: 30_000,
  hookTimeout: 30_000,
};

/** Test files that replace modules (vi.mock, vi.doMock): each needs a module graph of its own. */
function moduleMockingFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (["node_modules", ".next", ".data", ".git", "test-results"].includes(entry.name)) return [];
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return moduleMockingFiles(file);
    const mocks = /\.test\.tsx?$/.test(entry.name) && /\bvi\.(mock|doMock)\(/.test(fs.readFileSync(file, "utf8"));
    return mocks ? [path.relative(root, file)] : [];
  });
}
const mockingFiles = moduleMockingFiles(root);
const isolatedIntegrationFiles = mockingFiles.filter((file) => file.endsWith(".integration.test.ts"));
const isolatedUnitFiles = mockingFiles.filter((file) => !file.endsWith(".integration.test.ts"));

// The files of a project share one process and its modules (isolate: false): a process of their
// own cost each file about 1.3 s of imports and setup, most of the unit run and over a fifth of the
// integration run. So a module that keeps something made from the settings (a mail transport, say)
// must make it again when they change (resetEnvCache), and spies and stubs are undone before each
// test. Files that replace modules run in a second project, each in a process of its own.
const shared = { isolate: false, restoreMocks: true, unstubEnvs: true, unstubGlobals: true };

const unit = {
  environment: "node" as const,
  include: ["lib/**/*.test.ts", "components/**/*.test.ts", "components/**/*.test.tsx", "prisma/**/*.test.ts", "tests/**/*.test.ts"],
  exclude: ["**/node_modules/**", "**/*.integration.test.ts"],
  setupFiles: ["tests/support/english-equality.ts"],
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
      { extends: true, test: { ...unit, ...shared, name: "unit", exclude: [...unit.exclude, ...isolatedUnitFiles] } },
      ...(isolatedUnitFiles.length
        ? [{ extends: true as const, test: { ...unit, name: "unit-isolated", include: isolatedUnitFiles } }]
        : []),
      {
        extends: true,
        test: { ...integration, ...shared, name: "integration", exclude: [...integration.exclude, ...isolatedIntegrationFiles] },
      },
      // After the others (each of the two projects has a database of its own).
      ...(isolatedIntegrationFiles.length
        ? [
            {
              extends: true as const,
              test: { ...integration, name: "integration-isolated", include: isolatedIntegrationFiles, sequence: { groupOrder: 1 } },
            },
          ]
        : []),
    ],
  },
});
