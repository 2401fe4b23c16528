import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Runs the real start-up preparation in a child process, in an empty folder, as the server does.
const ROOT = process.cwd();

function start(env: Record<string, string | undefined>, cwd: string) {
  const script = `import { prepareEnvironment } from ${JSON.stringify(path.join(ROOT, "lib/env/prepare.ts"))}; await prepareEnvironment(); console.log("READY"); process.exit(0);`;
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(AUTH_SECRET|DATA_ENCRYPTION_KEY|DATABASE_URL|SMTP_URL|TWILIO_|NODE_ENV)/.test(name)),
  );
  return spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["--conditions=react-server", "--input-type=module", "-e", script], {
    cwd,
    env: { ...clean, ...env } as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 60_000,
  });
}

// Each test starts tsx processes (a few seconds each on a busy two-core machine).
describe("start-up settings", { timeout: 60_000 }, () => {
  it("stops with a message naming each bad or missing setting", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-env-"));
    const result = start({ NODE_ENV: "production", AUTH_SECRET: "too-short", DATA_ENCRYPTION_KEY: "bm90LWEta2V5" }, dir);
    expect(result.status).toBe(1);
    expect(result.stdout).not.toContain("READY");
    expect(result.stderr).toContain("AUTH_SECRET must be at least 32 characters");
    expect(result.stderr).toContain("DATA_ENCRYPTION_KEY must be 32 random bytes in base64");
    expect(result.stderr).toContain("DATABASE_URL is missing");
    expect(result.stderr).toContain("SMTP_URL is missing");
    // Production never writes secrets of its own.
    expect(fs.existsSync(path.join(dir, ".env.local"))).toBe(false);
  });

  it("outside production, generates missing secrets once into .env.local and reuses them", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-env-"));
    // A DATABASE_URL is given so no embedded database is started for this check.
    const env = { NODE_ENV: "development", DATABASE_URL: "postgresql://unused@127.0.0.1:1/unused" };
    const first = start(env, dir);
    expect(first.stdout).toContain("READY");
    const file = fs.readFileSync(path.join(dir, ".env.local"), "utf8");
    const secret = /^AUTH_SECRET=(.+)$/m.exec(file)?.[1];
    const key = /^DATA_ENCRYPTION_KEY=(.+)$/m.exec(file)?.[1];
    expect(secret?.length).toBeGreaterThanOrEqual(32);
    expect(Buffer.from(key!, "base64")).toHaveLength(32);
    expect(fs.statSync(path.join(dir, ".env.local")).mode & 0o077).toBe(0);
    const second = start(env, dir);
    expect(second.stdout).toContain("READY");
    expect(fs.readFileSync(path.join(dir, ".env.local"), "utf8")).toBe(file);
  });
});
