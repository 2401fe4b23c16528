import type { Env } from "../../env";
import { stripeSettings } from "../stripe-client";
import { StripeStandin } from "./stripe-standin";

/**
 * The stand-in for `npm run dev` and `npm run demo`: started by server.ts when there is no
 * STRIPE_SECRET_KEY and no STRIPE_API_URL, never in production. Its events go to this server's
 * own webhook route. Null when not wanted or when its port is taken (the portal still starts; paying
 * a fee then says the payment service is not answering).
 */
export async function startDevStripeStandin(settings: Env, host: string | undefined, port: number): Promise<StripeStandin | null> {
  if (settings.NODE_ENV === "production" || settings.STRIPE_SECRET_KEY || settings.STRIPE_API_URL) return null;
  const local = !host || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  const portal = `http://${local.includes(":") ? `[${local}]` : local}:${port}`;
  const standin = new StripeStandin({
    port: settings.STRIPE_STANDIN_PORT,
    webhookUrl: `${portal}/api/payments/webhook`,
    webhookSecret: stripeSettings(settings).webhookSecret,
  });
  try {
    await standin.start();
  } catch (error) {
    console.warn(
      `> Stripe stand-in not started on port ${settings.STRIPE_STANDIN_PORT} (${error instanceof Error ? error.message : String(error)}); set STRIPE_STANDIN_PORT to a free port`,
    );
    return null;
  }
  console.log(`> Stripe stand-in (test payments, no money moves) on ${standin.url}`);
  return standin;
}
