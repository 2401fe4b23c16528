import Stripe from "stripe";
import { env, type Env } from "../env";

// The one Stripe client. With STRIPE_SECRET_KEY: Stripe itself (or STRIPE_API_URL, if set). Without
// it: the local stand-in (lib/payments/standin), reached through the same SDK by its host, port and
// protocol settings, with a fixed demo webhook secret. Production never uses the demo secret
// (lib/env.ts requires STRIPE_WEBHOOK_SECRET there).

/** The API key the SDK sends to the stand-in (the stand-in takes any sk_test_ key). */
export const STANDIN_SECRET_KEY = "sk_test_portal_standin";
/** Signs the stand-in's webhook events in the demo and development; not a secret. */
export const DEMO_WEBHOOK_SECRET = "whsec_portal_demo_standin_not_a_secret";

export type StripeSettings = {
  /** "standin": no money moves (demo, development, tests). */
  mode: "stripe" | "standin";
  secretKey: string;
  webhookSecret: string;
  /** Where the SDK sends its requests, when not api.stripe.com. */
  apiUrl: string | null;
};

export function stripeSettings(settings: Env = env()): StripeSettings {
  if (settings.STRIPE_SECRET_KEY) {
    return {
      mode: "stripe",
      secretKey: settings.STRIPE_SECRET_KEY,
      webhookSecret: settings.STRIPE_WEBHOOK_SECRET ?? "",
      apiUrl: settings.STRIPE_API_URL ?? null,
    };
  }
  return {
    mode: "standin",
    secretKey: STANDIN_SECRET_KEY,
    webhookSecret: settings.STRIPE_WEBHOOK_SECRET ?? DEMO_WEBHOOK_SECRET,
    apiUrl: settings.STRIPE_API_URL ?? `http://127.0.0.1:${settings.STRIPE_STANDIN_PORT}`,
  };
}

function hostSettings(apiUrl: string | null): Pick<Stripe.StripeConfig, "host" | "port" | "protocol"> {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  const protocol = url.protocol === "http:" ? "http" : "https";
  return { host: url.hostname.replace(/^\[(.*)\]$/, "$1"), port: Number(url.port) || (protocol === "http" ? 80 : 443), protocol };
}

let cached: { key: string; client: Stripe } | undefined;

/** The SDK client for the current settings (made once per settings). */
export function stripeClient(): Stripe {
  const settings = stripeSettings();
  const key = `${settings.secretKey}|${settings.apiUrl}`;
  if (cached?.key !== key) {
    cached = {
      key,
      client: new Stripe(settings.secretKey, {
        ...hostSettings(settings.apiUrl),
        maxNetworkRetries: 2,
        timeout: 20_000,
        appInfo: { name: "applicant-portal" },
      }),
    };
  }
  return cached.client;
}
