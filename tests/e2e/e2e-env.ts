// The fixed settings of the browser-test run, shared by the Playwright config, the server script
// and the fixtures.
import path from "node:path";

/** Playwright's workers (E2E_WORKERS, 2 by default): each has a portal, a database and stand-ins of its own. */
export const E2E_WORKERS = workerCount(process.env.E2E_WORKERS || "2");

export function workerCount(raw: string): number {
  if (!/^[1-9]\d?$/.test(raw)) throw new Error(`E2E_WORKERS must be a whole number from 1 to 99 (got "${raw}")`);
  return Number(raw);
}
// Which worker's set this process belongs to: Playwright sets TEST_PARALLEL_INDEX in its workers,
// and the config gives it to each worker's serve.ts. Each set is 10 ports above the one before;
// E2E_PORT_BASE lets two checkouts run their browser tests side by side.
const INDEX = Number(process.env.TEST_PARALLEL_INDEX ?? 0);
const portBase = (index: number) => Number(process.env.E2E_PORT_BASE ?? 3100) + 10 * index;
const BASE = portBase(INDEX);
export const E2E_PORT = BASE;
export const E2E_SMTP_PORT = BASE + 1;
export const E2E_TWILIO_PORT = BASE + 2;
/** The Stripe stand-in (API and hosted payment page), started by serve.ts. */
export const E2E_STRIPE_PORT = BASE + 6;
export const APP_URL = `http://localhost:${E2E_PORT}`;
/** The portal of worker `index`, for the config (which runs in no worker). */
export const appUrlOf = (index: number) => `http://localhost:${portBase(index)}`;
/** Where worker `index`'s serve.ts says which database it made (and npm test looks that it was dropped). */
export const dbStateFileOf = (index: number) => path.join(process.cwd(), "test-results", `e2e-database-${index}.json`);
export const DB_STATE_FILE = dbStateFileOf(INDEX);

export const STRIPE = {
  apiUrl: `http://127.0.0.1:${E2E_STRIPE_PORT}`,
  webhookSecret: "whsec_e2e_webhook_secret_0000",
};

export const TWILIO = {
  accountSid: "AC00000000000000000000000000000e2e",
  authToken: "e2e-twilio-auth-token-0000",
  from: "+15005550006",
};

/** The portal's environment for the run (production mode, real SMTP and the Twilio SDK). */
export function portalEnv(databaseUrl: string): Record<string, string> {
  return {
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    APP_URL,
    AUTH_SECRET: "e2e-auth-secret-that-is-long-enough-0123456789",
    DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    MAIL_FROM: "Applicant Portal <no-reply@portal.test>",
    TWILIO_ACCOUNT_SID: TWILIO.accountSid,
    TWILIO_AUTH_TOKEN: TWILIO.authToken,
    TWILIO_FROM: TWILIO.from,
    TWILIO_API_URL: `http://127.0.0.1:${E2E_TWILIO_PORT}`,
    // No STRIPE_SECRET_KEY: the SDK talks to the stand-in serve.ts starts (no money moves).
    STRIPE_SECRET_KEY: "",
    STRIPE_API_URL: STRIPE.apiUrl,
    STRIPE_WEBHOOK_SECRET: STRIPE.webhookSecret,
    AGENCY_NAME: "Test Immigration Agency",
    OUTBOX_POLL_MS: "300",
    OUTBOX_RETRY_BASE_MS: "300",
    LOG_LEVEL: "warn",
    UPLOAD_DIR: path.join(process.cwd(), "test-results", `e2e-uploads-${INDEX}`),
    // Every interface (APP_URL's localhost may resolve to 127.0.0.1 or ::1), and no proxy in front:
    // the client address is the connection's, whatever a shell's own HOST or TRUSTED_PROXIES says.
    HOST: "",
    TRUSTED_PROXIES: "",
  };
}
