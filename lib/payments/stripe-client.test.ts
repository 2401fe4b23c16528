import { afterEach, describe, expect, it, vi } from "vitest";
import { parseEnv } from "../env";
import { startDevStripeStandin } from "./standin/dev-standin";
import { DEMO_WEBHOOK_SECRET, STANDIN_SECRET_KEY, stripeSettings } from "./stripe-client";

const BASE = { AUTH_SECRET: "a".repeat(32), DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64") };
const settings = (extra: Record<string, string>) => parseEnv({ ...BASE, ...extra } as unknown as NodeJS.ProcessEnv);

afterEach(() => vi.restoreAllMocks());

describe("which Stripe the portal talks to", () => {
  it("Stripe itself with a key, and its webhook secret", () => {
    expect(stripeSettings(settings({ STRIPE_SECRET_KEY: "sk_live_0123456789ab", STRIPE_WEBHOOK_SECRET: "whsec_0123456789ab" }))).toEqual({
      mode: "stripe",
      secretKey: "sk_live_0123456789ab",
      webhookSecret: "whsec_0123456789ab",
      apiUrl: null,
    });
  });

  it("without a key, the local stand-in on STRIPE_STANDIN_PORT with the demo webhook secret, or the one given", () => {
    expect(stripeSettings(settings({}))).toEqual({
      mode: "standin",
      secretKey: STANDIN_SECRET_KEY,
      webhookSecret: DEMO_WEBHOOK_SECRET,
      apiUrl: "http://127.0.0.1:12111",
    });
    expect(
      stripeSettings(settings({ STRIPE_API_URL: "http://127.0.0.1:4306", STRIPE_WEBHOOK_SECRET: "whsec_e2e_secret_00" })),
    ).toMatchObject({
      mode: "standin",
      webhookSecret: "whsec_e2e_secret_00",
      apiUrl: "http://127.0.0.1:4306",
    });
  });
});

describe("the development server's stand-in", () => {
  it("is not started in production, with a key, or when STRIPE_API_URL points elsewhere", async () => {
    const production = settings({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u:p@db/portal",
      SMTP_URL: "smtp://mail",
      STRIPE_API_URL: "http://127.0.0.1:9",
      STRIPE_WEBHOOK_SECRET: "whsec_0123456789ab",
    });
    expect(await startDevStripeStandin({ ...production, STRIPE_API_URL: undefined }, undefined, 3000)).toBeNull();
    expect(
      await startDevStripeStandin(
        settings({ STRIPE_SECRET_KEY: "sk_test_0123456789ab", STRIPE_WEBHOOK_SECRET: "whsec_0123456789ab" }),
        undefined,
        3000,
      ),
    ).toBeNull();
    expect(await startDevStripeStandin(settings({ STRIPE_API_URL: "http://127.0.0.1:9" }), undefined, 3000)).toBeNull();
  });

  it("starts on its port without a key, and a taken port leaves the portal running without it", async () => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const first = await startDevStripeStandin(settings({ STRIPE_STANDIN_PORT: port }), "0.0.0.0", 3000);
    expect(first?.url).toBe(`http://127.0.0.1:${port}`);
    const second = await startDevStripeStandin(settings({ STRIPE_STANDIN_PORT: port }), undefined, 3001);
    expect(second).toBeNull();
    expect(warn.mock.calls[0][0]).toMatch(new RegExp(`Stripe stand-in not started on port ${port}`));
    await first?.stop();
  });
});
