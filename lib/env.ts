import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "./http/client-address";
import { isTimeZone } from "./i18n/time-zones";
import { parseAllowedAddresses } from "./ops/metrics-access";
import { POLICY } from "./security-policy";

// Every setting, declared once with its default. Parsed at start (instrumentation.ts, CLI commands);
// a missing or malformed value stops the process with a message naming it.

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const zPostgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, "must be a postgresql:// connection URL");

const zBase64Key = z.string().refine((value) => {
  try {
    return Buffer.from(value, "base64").length === 32 && /^[A-Za-z0-9+/]+={0,2}$/.test(value);
  } catch {
    return false;
  }
}, "must be 32 random bytes in base64 (openssl rand -base64 32)");

const zPositiveInt = z.coerce.number().int().positive();

/** A port to listen on, as PORT or server.ts's `-p` gives it. */
export const zPort = z
  .string()
  .regex(/^\d{1,5}$/, "must be a port number from 0 to 65535")
  .transform(Number)
  .refine((port) => port <= 65_535, "must be a port number from 0 to 65535");
const zPositiveNumber = z.coerce.number().positive();

const zBucketName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens");

const zTrustedProxies = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const parsed = parseTrustedProxies(value);
    if (typeof parsed === "string") {
      ctx.addIssue({ code: "custom", message: parsed });
      return z.NEVER;
    }
    return parsed;
  });

const zAllowedAddresses = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const parsed = parseAllowedAddresses(value);
    if (typeof parsed === "string") {
      ctx.addIssue({ code: "custom", message: parsed });
      return z.NEVER;
    }
    return parsed;
  });

const DEFAULT_IDLE_MINUTES = 15;
const DEFAULT_WARNING_SECONDS = POLICY.session.warnBeforeIdleMs / 1000;

export const zEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optional(zPostgresUrl),
  DATABASE_POOL_MAX: optional(zPositiveInt),
  APP_URL: z
    .url({ protocol: /^https?$/, error: "must be the portal's public URL, e.g. https://portal.example.gov" })
    .default("http://localhost:3000"),
  // Where the portal's server listens (server.ts): unset = 127.0.0.1 for `npm run dev`, every interface for `npm start`.
  HOST: optional(z.string().regex(/^[A-Za-z0-9.:-]{1,253}$/, "must be an address or host name to listen on, e.g. 127.0.0.1 or 0.0.0.0")),
  // The port it listens on (server.ts): unset = 3000; `-p` wins.
  PORT: optional(zPort),
  // The reverse proxies in front of the portal, whose X-Forwarded-For hops are believed (lib/http/client-address.ts).
  TRUSTED_PROXIES: zTrustedProxies,
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 33)"),
  DATA_ENCRYPTION_KEY: zBase64Key,
  SMTP_URL: optional(z.string().regex(/^smtps?:\/\/.+/, "must be an smtp:// or smtps:// URL")),
  MAIL_FROM: z.string().min(3).default("Applicant Portal <no-reply@portal.localhost>"),
  TWILIO_ACCOUNT_SID: optional(z.string().regex(/^AC[0-9a-fA-F]{32}$/, "must look like AC followed by 32 hex digits")),
  TWILIO_AUTH_TOKEN: optional(z.string().min(16)),
  TWILIO_FROM: optional(z.string().regex(/^\+[1-9]\d{6,14}$/, "must be an E.164 phone number like +15005550006")),
  TWILIO_API_URL: optional(z.url()),
  // Fees through Stripe Checkout (lib/payments). Without a key, a local stand-in answers (demo, tests).
  STRIPE_SECRET_KEY: optional(
    z.string().regex(/^(sk|rk)_(test|live)_[A-Za-z0-9]{8,}$/, "must be a Stripe secret key like sk_live_... or sk_test_..."),
  ),
  STRIPE_WEBHOOK_SECRET: optional(z.string().regex(/^whsec_[A-Za-z0-9_]{8,}$/, "must be the webhook endpoint's signing secret, whsec_...")),
  // Another base URL for Stripe's API (a stand-in); empty = api.stripe.com with a key, else the local stand-in.
  STRIPE_API_URL: optional(z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL, e.g. http://127.0.0.1:12111" })),
  // The port of the stand-in that `npm run dev` starts when there is no STRIPE_SECRET_KEY.
  STRIPE_STANDIN_PORT: optional(z.coerce.number().int().min(1).max(65_535)).default(12_111),
  AGENCY_NAME: z.string().min(2).max(80).default("Immigration Services Agency (demo)"),
  // The time zone of a person who has not got one yet (a visitor, an account made before zones).
  DEFAULT_TIME_ZONE: optional(z.string().refine((zone) => isTimeZone(zone), "must be an IANA time zone, e.g. America/New_York")).default(
    "America/New_York",
  ),
  // Decimals are allowed so tests can shorten the timeout (0.75 = 45 seconds).
  SESSION_IDLE_MINUTES: zPositiveNumber.default(DEFAULT_IDLE_MINUTES),
  SESSION_WARNING_SECONDS: zPositiveInt.default(DEFAULT_WARNING_SECONDS),
  OUTBOX_POLL_MS: zPositiveInt.default(2000),
  // Who may read /api/metrics (lib/ops/metrics-access.ts): a bearer token, and/or client addresses.
  METRICS_TOKEN: optional(z.string().min(32, "must be at least 32 characters (openssl rand -hex 32)")),
  METRICS_ALLOWED_ADDRESSES: zAllowedAddresses,
  // On SIGTERM: how long the server goes on taking requests while /api/ready says 503 (so the load
  // balancer stops sending any), then how long it waits for the requests in flight before cutting them.
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).default(5_000),
  SHUTDOWN_GRACE_MS: zPositiveInt.default(25_000),
  OUTBOX_RETRY_BASE_MS: zPositiveInt.default(5000),
  // Jobs (deliveries, reminders, purges) each server instance runs at once (lib/jobs/worker.ts); 1 on the embedded database.
  JOB_CONCURRENCY: zPositiveInt.default(4),
  // A message claimed by an instance that died (SIGKILL, a crash) is taken up again after this long.
  OUTBOX_CLAIM_MS: zPositiveInt.default(60_000),
  UPLOAD_DIR: optional(z.string().max(500, "must be a directory path of at most 500 characters")).default(".data/uploads"),
  S3_BUCKET: optional(zBucketName),
  S3_REGION: optional(z.string().regex(/^[a-z0-9-]{2,40}$/, "must be a region name like us-east-1")),
  S3_ENDPOINT: optional(
    z.url({ protocol: /^https?$/, error: "must be the storage service's URL, e.g. https://s3.example.gov or http://127.0.0.1:9000" }),
  ),
  S3_ACCESS_KEY_ID: optional(z.string().min(3, "must be at least 3 characters").max(200)),
  S3_SECRET_ACCESS_KEY: optional(z.string().min(8, "must be at least 8 characters").max(200)),
});

/** Rules across settings, read from the raw values so they are reported with any other problem. */
function crossSettingProblems(source: NodeJS.ProcessEnv): string[] {
  const set = (name: string) => Boolean(source[name]);
  const problems: string[] = [];
  const twilio = ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_FROM"];
  if (twilio.some(set) && !twilio.every(set)) {
    problems.push(
      `${twilio.filter((name) => !set(name)).join(", ")} missing: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM must be set together`,
    );
  }
  if (set("STRIPE_SECRET_KEY") && !set("STRIPE_WEBHOOK_SECRET")) {
    problems.push(
      "STRIPE_WEBHOOK_SECRET is missing: it is required with STRIPE_SECRET_KEY (the webhook endpoint's signing secret, whsec_...)",
    );
  }
  const idleMinutes = Number(source.SESSION_IDLE_MINUTES || DEFAULT_IDLE_MINUTES);
  const warningSeconds = Number(source.SESSION_WARNING_SECONDS || DEFAULT_WARNING_SECONDS);
  if (idleMinutes > 0 && warningSeconds > 0 && warningSeconds >= idleMinutes * 60) {
    problems.push(
      `SESSION_WARNING_SECONDS must be less than the idle timeout (SESSION_IDLE_MINUTES = ${idleMinutes}, that is ${idleMinutes * 60} seconds): the warning comes before the sign-out`,
    );
  }
  const s3Keys = ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"];
  if (s3Keys.some(set) && !s3Keys.every(set)) {
    problems.push(
      `${s3Keys.filter((name) => !set(name)).join(", ")} missing: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together`,
    );
  }
  if (set("S3_BUCKET") && !set("S3_REGION")) problems.push("S3_REGION is missing: it is required when S3_BUCKET is set (e.g. us-east-1)");
  const s3Others = ["S3_REGION", "S3_ENDPOINT", ...s3Keys].filter(set);
  if (!set("S3_BUCKET") && s3Others.length > 0) {
    problems.push(
      `S3_BUCKET is missing: ${s3Others.join(", ")} ${s3Others.length === 1 ? "has" : "have"} no effect without it (leave them all empty to store uploads on disk)`,
    );
  }
  if (set("UPLOAD_DIR") && isInside(path.resolve(String(source.UPLOAD_DIR)), path.resolve("public"))) {
    problems.push("UPLOAD_DIR must be outside the public/ folder: files there would be served to anyone");
  }
  if (source.NODE_ENV === "production") {
    if (!set("DATABASE_URL")) problems.push("DATABASE_URL is missing: it is required in production (a PostgreSQL server)");
    if (!set("SMTP_URL")) problems.push("SMTP_URL is missing: it is required in production (the mail server)");
    if (!set("STRIPE_SECRET_KEY") && !set("STRIPE_API_URL")) {
      problems.push("STRIPE_SECRET_KEY is missing: it is required in production (filing fees are paid through Stripe Checkout)");
    } else if (!set("STRIPE_SECRET_KEY") && !set("STRIPE_WEBHOOK_SECRET")) {
      problems.push("STRIPE_WEBHOOK_SECRET is missing: it is required in production (the webhook endpoint's signing secret, whsec_...)");
    }
  }
  return problems;
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

export type Env = z.infer<typeof zEnv>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`The portal's settings are not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = zEnv.safeParse(source);
  const problems = [
    ...(result.success ? [] : result.error.issues).map((issue) => {
      const name = issue.path.join(".") || "environment";
      const value = source[name as keyof typeof source];
      return value === undefined || value === "" ? `${name} is missing: ${issue.message}` : `${name} ${issue.message}`;
    }),
    ...crossSettingProblems(source),
  ];
  if (problems.length > 0 || !result.success) throw new EnvError(problems);
  return result.data;
}

let cached: Env | undefined;

/** The parsed settings (parsed once per process). */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/**
 * Whether the portal runs on the embedded database (PGlite), which lib/env/prepare.ts and the test
 * harness start with a pool of one connection. Its socket server serialises every client into one
 * PostgreSQL session, so named prepared statements would be shared (and clash) between connections.
 */
export function embeddedDatabase(settings: Pick<Env, "DATABASE_POOL_MAX"> = env()): boolean {
  return settings.DATABASE_POOL_MAX === 1;
}

/** For tests that change settings. */
export function resetEnvCache(): void {
  cached = undefined;
}
