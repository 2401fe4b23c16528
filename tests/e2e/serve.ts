// Playwright's web server: a fresh database (a new database on TEST_DATABASE_URL's PostgreSQL
// server, else the embedded engine in memory), migrated, then the built portal through server.ts,
// as `npm start` runs it.
import fs from "node:fs";
import path from "node:path";
import { startMemoryDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { StripeStandin } from "../../lib/payments/standin/stripe-standin";
import { APP_URL, DB_STATE_FILE, E2E_PORT, E2E_STRIPE_PORT, portalEnv, STRIPE } from "./e2e-env";
import { spawnPortal } from "./portal-process";
import { createScratchDatabase } from "../support/scratch-database";

const database = process.env.TEST_DATABASE_URL
  ? await createScratchDatabase(process.env.TEST_DATABASE_URL, "portal_e2e")
  : await startMemoryDatabase().then((db) => ({ url: db.url, drop: db.stop }));
await applyMigrations(database.url);
fs.mkdirSync(path.dirname(DB_STATE_FILE), { recursive: true });
fs.writeFileSync(DB_STATE_FILE, JSON.stringify({ url: database.url, engine: process.env.TEST_DATABASE_URL ? "postgresql" : "embedded" }));
console.log(`e2e database: ${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}`);

// Stripe's API and hosted payment page for the run, sending signed events to the portal.
const stripe = new StripeStandin({
  port: E2E_STRIPE_PORT,
  webhookUrl: `${APP_URL}/api/payments/webhook`,
  webhookSecret: STRIPE.webhookSecret,
});
await stripe.start();

const env = { ...process.env, ...portalEnv(database.url), ...(process.env.TEST_DATABASE_URL ? {} : { DATABASE_POOL_MAX: "1" }) };
const server = spawnPortal(E2E_PORT, env);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await stripe.stop().catch(() => {});
  await database.drop().catch(() => {});
  process.exit(code);
}
server.on("exit", (code) => void stop(code ?? 0));
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
