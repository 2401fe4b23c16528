import { describe, expect, it } from "vitest";
import { checkoutOrigin, STRIPE_CHECKOUT_ORIGIN } from "./checkout-origin";

describe("checkoutOrigin", () => {
  it("is Stripe's hosted checkout with a real key", () => {
    expect(checkoutOrigin({ STRIPE_SECRET_KEY: "sk_live_x" })).toBe(STRIPE_CHECKOUT_ORIGIN);
  });

  it("is the stand-in's origin without a key, from its URL or its port", () => {
    expect(checkoutOrigin({ STRIPE_API_URL: "http://127.0.0.1:4306/" })).toBe("http://127.0.0.1:4306");
    expect(checkoutOrigin({ STRIPE_STANDIN_PORT: "12999" })).toBe("http://127.0.0.1:12999");
    expect(checkoutOrigin({})).toBe("http://127.0.0.1:12111");
  });

  it("falls back to Stripe's origin on a value that is not a URL", () => {
    expect(checkoutOrigin({ STRIPE_API_URL: "not a url" })).toBe(STRIPE_CHECKOUT_ORIGIN);
  });
});
