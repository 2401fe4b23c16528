// Where the payment page lives, for the CSP's form-action: without JavaScript the pay form's answer
// is a redirect to Stripe's hosted page (or the stand-in's), and browsers apply form-action to it.
// Read straight from process.env: the portal's server builds the CSP before anything else is loaded.

export const STRIPE_CHECKOUT_ORIGIN = "https://checkout.stripe.com";

export function checkoutOrigin(settings: Record<string, string | undefined> = process.env): string {
  if (settings.STRIPE_SECRET_KEY && !settings.STRIPE_API_URL) return STRIPE_CHECKOUT_ORIGIN;
  const base = settings.STRIPE_API_URL || `http://127.0.0.1:${settings.STRIPE_STANDIN_PORT || "12111"}`;
  try {
    return new URL(base).origin;
  } catch {
    return STRIPE_CHECKOUT_ORIGIN;
  }
}
