import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

// Outside production, secrets nobody has set are generated once into .env.local (git-ignored), so
// the portal runs with nothing to edit. Production never gets here: missing secrets stop it.

export const LOCAL_ENV_FILE = path.join(process.cwd(), ".env.local");

const GENERATORS: Record<string, () => string> = {
  AUTH_SECRET: () => randomBytes(33).toString("base64"),
  DATA_ENCRYPTION_KEY: () => randomBytes(32).toString("base64"),
};

/** Loads .env.local (if any) and, outside production, fills in missing secrets there. */
export function loadLocalEnv(): void {
  if (fs.existsSync(LOCAL_ENV_FILE)) process.loadEnvFile(LOCAL_ENV_FILE);
  if (process.env.NODE_ENV === "production") return;
  const missing = Object.keys(GENERATORS).filter((name) => !process.env[name]);
  if (missing.length === 0) return;
  const lines = missing.map((name) => {
    const value = GENERATORS[name]();
    process.env[name] = value;
    return `${name}=${value}`;
  });
  const header = fs.existsSync(LOCAL_ENV_FILE) ? "" : "# Generated for local development; never commit this file.\n";
  fs.appendFileSync(LOCAL_ENV_FILE, `${header}${lines.join("\n")}\n`, { mode: 0o600 });
  console.info(`Generated ${missing.join(", ")} into ${path.basename(LOCAL_ENV_FILE)}.`);
}
