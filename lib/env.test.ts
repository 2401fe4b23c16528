import { afterEach, describe, expect, it } from "vitest";
import { EnvError, embeddedDatabase, env, parseEnv, resetEnvCache } from "./env";

const KEY = Buffer.alloc(32, 7).toString("base64");
type Source = Record<string, string | undefined>;
const BASE: Source = { AUTH_SECRET: "a".repeat(32), DATA_ENCRYPTION_KEY: KEY };
const STRIPE = { STRIPE_SECRET_KEY: "sk_live_0123456789abcdef", STRIPE_WEBHOOK_SECRET: "whsec_0123456789abcdef" };
const TWILIO = {
  TWILIO_ACCOUNT_SID: `AC${"0123456789abcdef".repeat(2)}`,
  TWILIO_AUTH_TOKEN: "0123456789abcdef0123",
  TWILIO_FROM: "+15005550006",
};

/** parseEnv takes process.env's type, which Next.js declares with a required NODE_ENV. */
function parse(source: Source) {
  return parseEnv(source as unknown as NodeJS.ProcessEnv);
}

function problemsOf(source: Source): string[] {
  try {
    parse(source);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return (error as EnvError).problems;
  }
  throw new Error("expected the settings to be refused");
}

describe("parseEnv", () => {
  it("accepts the minimum and fills in defaults", () => {
    const parsed = parse(BASE);
    expect(parsed).toMatchObject({
      NODE_ENV: "development",
      APP_URL: "http://localhost:3000",
      SESSION_IDLE_MINUTES: 15,
      SESSION_WARNING_SECONDS: 120,
      OUTBOX_POLL_MS: 2000,
      OUTBOX_RETRY_BASE_MS: 5000,
    });
    expect(parsed.DATABASE_URL).toBeUndefined();
    expect(parsed.SMTP_URL).toBeUndefined();
  });

  it("treats empty optional values as unset and coerces numbers", () => {
    const parsed = parse({ ...BASE, SMTP_URL: "", DATABASE_URL: "", DATABASE_POOL_MAX: "1", SESSION_IDLE_MINUTES: "30" });
    expect(parsed.SMTP_URL).toBeUndefined();
    expect(parsed.DATABASE_URL).toBeUndefined();
    expect(parsed.DATABASE_POOL_MAX).toBe(1);
    expect(parsed.SESSION_IDLE_MINUTES).toBe(30);
  });

  it("accepts a decimal idle timeout and a shorter warning (shortened timeouts for tests)", () => {
    const parsed = parse({ ...BASE, SESSION_IDLE_MINUTES: "0.75", SESSION_WARNING_SECONDS: "30" });
    expect(parsed.SESSION_IDLE_MINUTES).toBe(0.75);
    expect(parsed.SESSION_WARNING_SECONDS).toBe(30);
  });

  it("refuses an idle timeout that is not a positive number", () => {
    for (const bad of ["0", "-5", "fifteen"]) {
      expect(problemsOf({ ...BASE, SESSION_IDLE_MINUTES: bad })[0]).toMatch(/^SESSION_IDLE_MINUTES /);
    }
  });

  it("refuses a warning that is not a whole positive number of seconds", () => {
    for (const bad of ["0", "1.5", "soon"]) {
      expect(problemsOf({ ...BASE, SESSION_WARNING_SECONDS: bad })[0]).toMatch(/^SESSION_WARNING_SECONDS /);
    }
  });

  it("refuses a warning that does not come before the idle timeout, naming both settings", () => {
    expect(problemsOf({ ...BASE, SESSION_IDLE_MINUTES: "0.5", SESSION_WARNING_SECONDS: "30" })).toEqual([
      "SESSION_WARNING_SECONDS must be less than the idle timeout (SESSION_IDLE_MINUTES = 0.5, that is 30 seconds): the warning comes before the sign-out",
    ]);
    // The default warning (120 s) against a 2-minute timeout is refused too.
    expect(problemsOf({ ...BASE, SESSION_IDLE_MINUTES: "2" })[0]).toMatch(/^SESSION_WARNING_SECONDS must be less than/);
    expect(parse({ ...BASE, SESSION_IDLE_MINUTES: "3" }).SESSION_WARNING_SECONDS).toBe(120);
  });

  it("names a missing AUTH_SECRET", () => {
    const problems = problemsOf({ DATA_ENCRYPTION_KEY: KEY });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^AUTH_SECRET is missing/);
  });

  it("names a short AUTH_SECRET without printing it", () => {
    const problems = problemsOf({ ...BASE, AUTH_SECRET: "short-secret-value" });
    expect(problems).toEqual(["AUTH_SECRET must be at least 32 characters (openssl rand -base64 33)"]);
    expect(problems.join()).not.toContain("short-secret-value");
  });

  it("names a bad DATA_ENCRYPTION_KEY: wrong length, not base64, missing", () => {
    for (const bad of [Buffer.alloc(16).toString("base64"), Buffer.alloc(33).toString("base64"), "not base64 at all!!", "a".repeat(44)]) {
      const problems = problemsOf({ ...BASE, DATA_ENCRYPTION_KEY: bad });
      expect(problems, bad).toEqual(["DATA_ENCRYPTION_KEY must be 32 random bytes in base64 (openssl rand -base64 32)"]);
    }
    expect(problemsOf({ AUTH_SECRET: BASE.AUTH_SECRET })[0]).toMatch(/^DATA_ENCRYPTION_KEY is missing/);
  });

  it("names each Twilio setting problem, including a partial set", () => {
    expect(parse({ ...BASE, ...TWILIO }).TWILIO_FROM).toBe("+15005550006");
    for (const missing of Object.keys(TWILIO)) {
      const partial: Source = { ...BASE, ...TWILIO, [missing]: "" };
      const problems = problemsOf(partial);
      expect(problems.join("\n"), missing).toMatch(/TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and TWILIO_FROM must be set together/);
    }
    expect(problemsOf({ ...BASE, ...TWILIO, TWILIO_ACCOUNT_SID: "SK123" })[0]).toMatch(/^TWILIO_ACCOUNT_SID must look like AC/);
    expect(problemsOf({ ...BASE, ...TWILIO, TWILIO_FROM: "202-555-0143" })[0]).toMatch(/^TWILIO_FROM must be an E\.164/);
  });

  it("requires DATABASE_URL, SMTP_URL and Stripe in production, naming each", () => {
    const problems = problemsOf({ ...BASE, NODE_ENV: "production" });
    expect(problems).toHaveLength(3);
    expect(problems).toContain("DATABASE_URL is missing: it is required in production (a PostgreSQL server)");
    expect(problems).toContain("SMTP_URL is missing: it is required in production (the mail server)");
    expect(problems).toContain("STRIPE_SECRET_KEY is missing: it is required in production (filing fees are paid through Stripe Checkout)");
    // Reported together with other problems, so operators fix the settings in one round.
    const withSecretMissing = problemsOf({ ...BASE, AUTH_SECRET: undefined, NODE_ENV: "production" });
    expect(withSecretMissing.map((p) => p.split(" ")[0]).sort()).toEqual(["AUTH_SECRET", "DATABASE_URL", "SMTP_URL", "STRIPE_SECRET_KEY"]);
    const ok = parse({
      ...BASE,
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u:p@db/portal",
      SMTP_URL: "smtps://mail.example.com",
      ...STRIPE,
    });
    expect(ok.NODE_ENV).toBe("production");
  });

  it("takes Stripe's key with its webhook secret, or a stand-in's address", () => {
    const parsed = parse({ ...BASE, ...STRIPE });
    expect(parsed).toMatchObject({ ...STRIPE, STRIPE_STANDIN_PORT: 12111 });
    expect(parse(BASE).STRIPE_SECRET_KEY).toBeUndefined();
    expect(problemsOf({ ...BASE, STRIPE_SECRET_KEY: STRIPE.STRIPE_SECRET_KEY })).toEqual([
      "STRIPE_WEBHOOK_SECRET is missing: it is required with STRIPE_SECRET_KEY (the webhook endpoint's signing secret, whsec_...)",
    ]);
    expect(problemsOf({ ...BASE, STRIPE_SECRET_KEY: "pk_live_abcdefghijkl" })[0]).toMatch(/^STRIPE_SECRET_KEY must be a Stripe secret key/);
    expect(problemsOf({ ...BASE, STRIPE_WEBHOOK_SECRET: "secret" })[0]).toMatch(
      /^STRIPE_WEBHOOK_SECRET must be the webhook endpoint's signing secret/,
    );
    expect(problemsOf({ ...BASE, STRIPE_API_URL: "ftp://x" })[0]).toMatch(/^STRIPE_API_URL must be an http/);
    expect(problemsOf({ ...BASE, STRIPE_STANDIN_PORT: "70000" })[0]).toMatch(/^STRIPE_STANDIN_PORT /);
    // A stand-in in production (the browser tests) still needs a webhook secret: never the demo one.
    const production = { ...BASE, NODE_ENV: "production", DATABASE_URL: "postgresql://u:p@db/portal", SMTP_URL: "smtp://mail" };
    expect(problemsOf({ ...production, STRIPE_API_URL: "http://127.0.0.1:4306" })).toEqual([
      "STRIPE_WEBHOOK_SECRET is missing: it is required in production (the webhook endpoint's signing secret, whsec_...)",
    ]);
    expect(
      parse({ ...production, STRIPE_API_URL: "http://127.0.0.1:4306", STRIPE_WEBHOOK_SECRET: STRIPE.STRIPE_WEBHOOK_SECRET }).STRIPE_API_URL,
    ).toBe("http://127.0.0.1:4306");
  });

  it("names malformed URLs and unknown NODE_ENV", () => {
    expect(problemsOf({ ...BASE, DATABASE_URL: "mysql://db/portal" })[0]).toMatch(/^DATABASE_URL must be a postgresql:\/\/ connection URL/);
    expect(problemsOf({ ...BASE, SMTP_URL: "http://mail" })[0]).toMatch(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(problemsOf({ ...BASE, APP_URL: "ftp://portal" })[0]).toMatch(/^APP_URL /);
    expect(problemsOf({ ...BASE, NODE_ENV: "staging" })[0]).toMatch(/^NODE_ENV /);
  });

  it("reports every missing secret at once in its message", () => {
    try {
      parse({ NODE_ENV: "development" });
      expect.unreachable();
    } catch (error) {
      const { message, problems } = error as EnvError;
      expect(problems).toHaveLength(2);
      expect(message).toMatch(/^The portal's settings are not valid:/);
      for (const name of ["AUTH_SECRET", "DATA_ENCRYPTION_KEY"]) expect(message).toContain(`  - ${name} is missing`);
    }
  });
});

describe("env()", () => {
  const saved = process.env.AGENCY_NAME;
  afterEach(() => {
    if (saved === undefined) delete process.env.AGENCY_NAME;
    else process.env.AGENCY_NAME = saved;
    resetEnvCache();
  });

  it("parses process.env once, until resetEnvCache()", () => {
    process.env.AGENCY_NAME = "First Agency";
    resetEnvCache();
    expect(env().AGENCY_NAME).toBe("First Agency");
    process.env.AGENCY_NAME = "Second Agency";
    expect(env().AGENCY_NAME).toBe("First Agency");
    resetEnvCache();
    expect(env().AGENCY_NAME).toBe("Second Agency");
  });

  it("sees the test settings", () => {
    resetEnvCache();
    expect(env().NODE_ENV).toBe("test");
  });
});

describe("embeddedDatabase", () => {
  it("is the embedded database's pool of one connection, and a PostgreSQL server otherwise", () => {
    expect(embeddedDatabase(parse({ ...BASE, DATABASE_POOL_MAX: "1" }))).toBe(true);
    expect(embeddedDatabase(parse({ ...BASE, DATABASE_POOL_MAX: "10" }))).toBe(false);
    expect(embeddedDatabase(parse(BASE))).toBe(false);
  });
});

describe("upload storage settings", () => {
  it("stores uploads in .data/uploads by default, and nowhere in S3", () => {
    const parsed = parse(BASE);
    expect(parsed.UPLOAD_DIR).toBe(".data/uploads");
    expect(parsed.S3_BUCKET).toBeUndefined();
  });

  it("accepts a complete S3 setting", () => {
    const parsed = parse({
      ...BASE,
      S3_BUCKET: "evidence-files",
      S3_REGION: "us-east-1",
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_ACCESS_KEY_ID: "key-id",
      S3_SECRET_ACCESS_KEY: "secret-value",
    });
    expect(parsed).toMatchObject({ S3_BUCKET: "evidence-files", S3_REGION: "us-east-1", S3_ENDPOINT: "http://127.0.0.1:9000" });
  });

  it("names each S3 problem", () => {
    expect(problemsOf({ ...BASE, S3_BUCKET: "Evidence_Files", S3_REGION: "us-east-1" })).toEqual([
      "S3_BUCKET must be a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens",
    ]);
    expect(problemsOf({ ...BASE, S3_BUCKET: "evidence-files" })).toEqual([
      "S3_REGION is missing: it is required when S3_BUCKET is set (e.g. us-east-1)",
    ]);
    expect(problemsOf({ ...BASE, S3_BUCKET: "evidence-files", S3_REGION: "us-east-1", S3_ACCESS_KEY_ID: "key-id" })).toEqual([
      "S3_SECRET_ACCESS_KEY missing: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together",
    ]);
    expect(problemsOf({ ...BASE, S3_BUCKET: "evidence-files", S3_REGION: "us-east-1", S3_ENDPOINT: "ftp://files" })[0]).toMatch(
      /^S3_ENDPOINT must be the storage service's URL/,
    );
    expect(problemsOf({ ...BASE, S3_REGION: "us-east-1", S3_ENDPOINT: "http://127.0.0.1:9000" })).toEqual([
      "S3_BUCKET is missing: S3_REGION, S3_ENDPOINT have no effect without it (leave them all empty to store uploads on disk)",
    ]);
  });

  it("refuses an upload folder inside public/, where anyone could fetch the files", () => {
    expect(problemsOf({ ...BASE, UPLOAD_DIR: "public/uploads" })).toEqual([
      "UPLOAD_DIR must be outside the public/ folder: files there would be served to anyone",
    ]);
    expect(parse({ ...BASE, UPLOAD_DIR: "/var/lib/portal/uploads" }).UPLOAD_DIR).toBe("/var/lib/portal/uploads");
  });
});

describe("client address settings", () => {
  it("trusts no proxy and leaves the listening address and port to the server by default", () => {
    const parsed = parse(BASE);
    expect(parsed.TRUSTED_PROXIES).toEqual({ kind: "none" });
    expect(parsed.HOST).toBeUndefined();
    expect(parsed.PORT).toBeUndefined();
    expect(parse({ ...BASE, PORT: "" }).PORT).toBeUndefined();
    expect(parse({ ...BASE, TRUSTED_PROXIES: "", HOST: "" }).TRUSTED_PROXIES).toEqual({ kind: "none" });
    expect(parse({ ...BASE, TRUSTED_PROXIES: "0" }).TRUSTED_PROXIES).toEqual({ kind: "none" });
  });

  it("reads a number of proxy hops or a list of ranges", () => {
    expect(parse({ ...BASE, TRUSTED_PROXIES: "1" }).TRUSTED_PROXIES).toEqual({ kind: "count", hops: 1 });
    expect(parse({ ...BASE, TRUSTED_PROXIES: "10.0.0.0/8, fd00::/8" }).TRUSTED_PROXIES).toMatchObject({
      kind: "ranges",
      ranges: ["10.0.0.0/8", "fd00::/8"],
    });
    expect(parse({ ...BASE, HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
    expect(parse({ ...BASE, PORT: "8080" }).PORT).toBe(8080);
  });

  it("names a TRUSTED_PROXIES, HOST or PORT that is neither", () => {
    expect(problemsOf({ ...BASE, TRUSTED_PROXIES: "nginx" })).toEqual([
      'TRUSTED_PROXIES must be a number of proxy hops (e.g. 1) or a comma-separated list of proxy addresses or CIDR ranges (e.g. 10.0.0.0/8, fd00::/8): "nginx" is neither',
    ]);
    expect(problemsOf({ ...BASE, TRUSTED_PROXIES: "10.0.0.0/33" })[0]).toMatch(/^TRUSTED_PROXIES must be .*"10\.0\.0\.0\/33" is neither$/);
    expect(problemsOf({ ...BASE, TRUSTED_PROXIES: "99" })).toEqual(["TRUSTED_PROXIES must be at most 20 proxy hops (got 99)"]);
    expect(problemsOf({ ...BASE, HOST: "every interface" })[0]).toMatch(/^HOST must be an address or host name to listen on/);
    expect(problemsOf({ ...BASE, PORT: "eighty" })).toEqual(["PORT must be a port number from 0 to 65535"]);
    expect(problemsOf({ ...BASE, PORT: "70000" })).toEqual(["PORT must be a port number from 0 to 65535"]);
  });
});
