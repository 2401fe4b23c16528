// The stand-in answers the real stripe SDK the way Stripe does for what the portal uses, and sends
// events the SDK's constructEvent accepts.
import http from "node:http";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StripeStandin } from "./stripe-standin";
import { CARD_DECLINED, CARD_PAYS, DECLINE_MESSAGE } from "./test-cards";

const SECRET = "whsec_unit_test_secret_0000";
const received: Stripe.Event[] = [];
let portal: http.Server;
let standin: StripeStandin;
let stripe: Stripe;

const card = (cardNumber: string) => ({ cardNumber, expiry: "12 / 40", cvc: "123", name: "Ana Diaz" });

function sessionParams(amount = 47000): Stripe.Checkout.SessionCreateParams {
  return {
    mode: "payment",
    line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: amount, product_data: { name: "I-765 filing fee" } } }],
    success_url: "http://portal.test/file/1/pay/return?session_id={CHECKOUT_SESSION_ID}",
    cancel_url: "http://portal.test/file/1/pay/cancelled",
    client_reference_id: "filing-1",
    metadata: { filingId: "filing-1" },
  };
}

beforeAll(async () => {
  portal = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      try {
        received.push(Stripe.webhooks.constructEvent(Buffer.concat(chunks), String(req.headers["stripe-signature"]), SECRET));
        res.writeHead(200).end();
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => portal.listen(0, "127.0.0.1", resolve));
  const address = portal.address() as { port: number };
  standin = new StripeStandin({ webhookUrl: `http://127.0.0.1:${address.port}/hook`, webhookSecret: SECRET, retryDelaysMs: [10] });
  await standin.start();
  stripe = new Stripe("sk_test_unit", { host: "127.0.0.1", port: standin.port, protocol: "http", maxNetworkRetries: 0 });
});

afterAll(async () => {
  await standin.stop();
  await new Promise((resolve) => portal.close(resolve));
});

describe("the Stripe stand-in", () => {
  it("creates a Checkout Session through the SDK and answers a repeated idempotency key with the same session", async () => {
    const first = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: "key-1" });
    const again = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: "key-1" });
    expect(again.id).toBe(first.id);
    expect(first).toMatchObject({ status: "open", payment_status: "unpaid", amount_total: 47000, currency: "usd" });
    expect(first.url).toBe(`${standin.url}/pay/${first.id}`);
    await expect(stripe.checkout.sessions.create(sessionParams(52000), { idempotencyKey: "key-1" })).rejects.toThrow(/same parameters/);
    const other = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: "key-2" });
    expect(other.id).not.toBe(first.id);
  });

  it("declines 4000 0000 0000 0002 with Stripe's message and keeps the session open; 4242 pays and sends a signed event", async () => {
    const session = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: "key-3" });
    const page = await fetch(session.url!);
    expect(await page.text()).toContain("Test payment page: no money moves");

    const declined = await standin.submitCard(session.id, card(CARD_DECLINED));
    expect(declined.body).toContain(DECLINE_MESSAGE);
    const afterDecline = await stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent"] });
    expect(afterDecline.status).toBe("open");
    expect((afterDecline.payment_intent as Stripe.PaymentIntent).last_payment_error?.message).toBe(DECLINE_MESSAGE);

    const paid = await standin.submitCard(session.id, card(CARD_PAYS));
    expect(paid.status).toBe(303);
    expect(paid.location).toBe(`http://portal.test/file/1/pay/return?session_id=${session.id}`);
    await standin.settled();
    const event = received.find((e) => e.type === "checkout.session.completed" && e.data.object.id === session.id);
    expect(event?.data.object).toMatchObject({ payment_status: "paid", status: "complete", client_reference_id: "filing-1" });
  });

  it("shows field errors for an incomplete card, and expires an open session with an event", async () => {
    const session = await stripe.checkout.sessions.create(sessionParams(), { idempotencyKey: "key-4" });
    const wrong = await standin.submitCard(session.id, { cardNumber: "4242", expiry: "", cvc: "", name: "" });
    expect(wrong.body).toContain("Your card number is incomplete.");
    const expired = await stripe.checkout.sessions.expire(session.id);
    expect(expired.status).toBe("expired");
    await expect(stripe.checkout.sessions.expire(session.id)).rejects.toThrow(/can be expired/);
    await standin.settled();
    expect(received.some((e) => e.type === "checkout.session.expired" && e.data.object.id === session.id)).toBe(true);
    await expect(stripe.checkout.sessions.retrieve("cs_test_unknown")).rejects.toThrow(/No such checkout.session/);
  });
});
