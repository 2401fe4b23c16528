// A local stand-in for the part of Stripe's API the portal uses, and for Stripe Checkout's hosted
// payment page, for the demo and the tests (no STRIPE_SECRET_KEY). The portal reaches it through
// the real stripe SDK, pointed here by its host/port/protocol settings (lib/payments/stripe-client.ts):
//   POST /v1/checkout/sessions                 (form-encoded, Bearer key, Idempotency-Key honoured)
//   GET  /v1/checkout/sessions/:id             (expand[]=payment_intent)
//   POST /v1/checkout/sessions/:id/expire
//   GET  /v1/payment_intents/:id
//   GET  /pay/:id, POST /pay/:id               the hosted page: 4242 4242 4242 4242 pays,
//                                              4000 0000 0000 0002 is declined
// and, like Stripe, sends signed webhook events (checkout.session.completed / .expired) to the
// portal's webhook route, retried a few times when the portal does not answer 2xx.
// State is kept in memory: it lives as long as the process that started it (server.ts in
// development, the browser tests' serve.ts, a test). A session the portal still remembers after a
// restart is "No such checkout.session", and the portal starts a new attempt.
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import http from "node:http";
import Stripe from "stripe";
import { formatCents } from "../money";
import { closedPaymentPage, hostedPaymentPage } from "./hosted-page";
import { checkCard, type CardFields } from "./test-cards";

export type StandinSession = {
  id: string;
  object: "checkout.session";
  amount_subtotal: number;
  amount_total: number;
  cancel_url: string | null;
  client_reference_id: string | null;
  created: number;
  currency: string;
  customer_email: string | null;
  expires_at: number;
  livemode: false;
  metadata: Record<string, string>;
  mode: "payment";
  payment_intent: string | null;
  payment_status: "unpaid" | "paid";
  status: "open" | "complete" | "expired";
  success_url: string | null;
  url: string | null;
};

type PaymentIntent = {
  id: string;
  object: "payment_intent";
  amount: number;
  currency: string;
  status: "requires_payment_method" | "succeeded";
  last_payment_error: { code: string; decline_code: string; message: string; type: "card_error" } | null;
  metadata: Record<string, string>;
  created: number;
  livemode: false;
};

export type WebhookDelivery = { eventId: string; type: string; status: number | null; attempt: number };

export type StripeStandinOptions = {
  /** Where signed events go: the portal's /api/payments/webhook. Null: no events are sent. */
  webhookUrl: string | null;
  webhookSecret: string;
  /** The API key the SDK must send (any "sk_test_..." when omitted). */
  secretKey?: string;
  port?: number;
  host?: string;
  /** Delays between webhook delivery attempts (ms). */
  retryDelaysMs?: readonly number[];
  /**
   * Deliver the event an expire call causes before answering the call. Stripe promises no order
   * between the two; this is the order that tests the portal's side of it.
   */
  deliverBeforeAnswering?: boolean;
};

const DAY_SECONDS = 86_400;

function randomId(prefix: string): string {
  return `${prefix}${randomBytes(18).toString("base64url").replace(/[-_]/g, "x")}`;
}

function apiError(res: http.ServerResponse, status: number, error: { type: string; message: string; code?: string; param?: string }): void {
  res.writeHead(status, { "Content-Type": "application/json", "Request-Id": randomId("req_") });
  res.end(JSON.stringify({ error }));
}

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "application/json", "Request-Id": randomId("req_"), ...headers });
  res.end(JSON.stringify(body));
}

function html(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Content-Security-Policy":
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; form-action 'self' http: https:; base-uri 'none'; frame-ancestors 'none'",
  });
  res.end(body);
}

async function readBody(req: http.IncomingMessage, limit = 100_000): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export class StripeStandin {
  readonly host: string;
  private boundPort: number;
  private server: http.Server | null = null;
  private readonly sessions = new Map<string, StandinSession & { description: string }>();
  private readonly intents = new Map<string, PaymentIntent>();
  /** Idempotency-Key -> the request body it was first used with and the answer given. */
  private readonly idempotent = new Map<string, { body: string; status: number; answer: unknown }>();
  private readonly sent: WebhookDelivery[] = [];
  private readonly pendingDeliveries = new Set<Promise<void>>();
  private readonly events = new EventEmitter();

  constructor(private readonly options: StripeStandinOptions) {
    this.host = options.host ?? "127.0.0.1";
    this.boundPort = options.port ?? 0;
    this.events.setMaxListeners(100);
  }

  get port(): number {
    return this.boundPort;
  }

  /** The base URL (STRIPE_API_URL) and the hosted pages' origin. */
  get url(): string {
    return `http://${this.host.includes(":") ? `[${this.host}]` : this.host}:${this.boundPort}`;
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = http.createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        if (!res.headersSent) apiError(res, 500, { type: "api_error", message: String(error) });
        else res.end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(this.boundPort, this.host, () => {
        server.off("error", reject);
        resolve();
      });
    });
    const address = server.address();
    if (address && typeof address === "object") this.boundPort = address.port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  /** Resolves when every webhook delivery started so far has finished (delivered or given up). */
  async settled(): Promise<void> {
    while (this.pendingDeliveries.size > 0) await Promise.all([...this.pendingDeliveries]);
  }

  session(id: string): StandinSession | undefined {
    return this.sessions.get(id);
  }

  allSessions(): StandinSession[] {
    return [...this.sessions.values()];
  }

  deliveries(): WebhookDelivery[] {
    return [...this.sent];
  }

  /** Pays or declines a session as the hosted page does (for tests that do not drive a browser). */
  async submitCard(sessionId: string, card: CardFields): Promise<{ status: number; location: string | null; body: string }> {
    const response = await fetch(`${this.url}/pay/${sessionId}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(card).toString(),
      redirect: "manual",
    });
    return { status: response.status, location: response.headers.get("location"), body: await response.text() };
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://standin");
    const path = url.pathname.replace(/\/+$/, "");
    const pay = /^\/pay\/(cs_test_[A-Za-z0-9]+)$/.exec(path);
    if (pay) return this.hostedPage(req, res, pay[1]);

    if (!path.startsWith("/v1/")) return html(res, 404, closedPaymentPage("Page not found", "There is no page at this address."));
    const key = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const keyOk = key && (this.options.secretKey ? key === this.options.secretKey : key.startsWith("sk_test_"));
    if (!keyOk) {
      return apiError(res, 401, { type: "invalid_request_error", message: "Invalid API Key provided." });
    }
    const body = (await readBody(req)) ?? "";
    const params = new URLSearchParams(body);

    if (req.method === "POST" && path === "/v1/checkout/sessions") {
      const idempotencyKey = req.headers["idempotency-key"];
      const keyText = typeof idempotencyKey === "string" ? idempotencyKey : null;
      const earlier = keyText ? this.idempotent.get(keyText) : undefined;
      if (earlier) {
        if (earlier.body !== body) {
          return apiError(res, 400, {
            type: "idempotency_error",
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${keyText}' if you meant to execute a different request.`,
          });
        }
        return json(res, earlier.status, earlier.answer, { "Idempotent-Replayed": "true" });
      }
      const created = this.createSession(params);
      const [status, answer] = "error" in created ? [400, created] : [200, this.publicSession(created)];
      if (keyText) this.idempotent.set(keyText, { body, status, answer });
      return json(res, status, answer);
    }

    const one = /^\/v1\/checkout\/sessions\/([^/]+)(\/expire)?$/.exec(path);
    if (one) {
      const session = this.current(one[1]);
      if (!session) {
        return apiError(res, 404, {
          type: "invalid_request_error",
          code: "resource_missing",
          param: "session",
          message: `No such checkout.session: '${one[1]}'`,
        });
      }
      if (one[2] && req.method === "POST") {
        if (session.status !== "open") {
          return apiError(res, 400, {
            type: "invalid_request_error",
            message: 'Only Checkout Sessions with a status in ["open"] can be expired.',
          });
        }
        this.expire(session);
        if (this.options.deliverBeforeAnswering) await this.settled();
        return json(res, 200, this.publicSession(session));
      }
      if (!one[2] && req.method === "GET") {
        const expand = url.searchParams.getAll("expand[]").concat(url.searchParams.getAll("expand[0]"));
        const answer: Record<string, unknown> = { ...this.publicSession(session) };
        if (expand.includes("payment_intent") && session.payment_intent) answer.payment_intent = this.intents.get(session.payment_intent);
        return json(res, 200, answer);
      }
    }

    const intent = /^\/v1\/payment_intents\/([^/]+)$/.exec(path);
    if (intent && req.method === "GET") {
      const found = this.intents.get(intent[1]);
      if (found) return json(res, 200, found);
      return apiError(res, 404, {
        type: "invalid_request_error",
        code: "resource_missing",
        message: `No such payment_intent: '${intent[1]}'`,
      });
    }
    return apiError(res, 404, { type: "invalid_request_error", message: `Unrecognized request URL (${req.method}: ${path}).` });
  }

  private createSession(
    params: URLSearchParams,
  ): (StandinSession & { description: string }) | { error: { type: string; message: string; param: string } } {
    const missing = (param: string, message: string) => ({ error: { type: "invalid_request_error", message, param } });
    if (params.get("mode") !== "payment") return missing("mode", "Only mode=payment is supported by the stand-in.");
    const successUrl = params.get("success_url");
    if (!successUrl) return missing("success_url", "Missing required param: success_url.");
    const amount = Number(params.get("line_items[0][price_data][unit_amount]"));
    const quantity = Number(params.get("line_items[0][quantity]") ?? "1");
    if (!Number.isInteger(amount) || amount < 50) {
      return missing("line_items[0][price_data][unit_amount]", "The Checkout Session's total amount due must add up to at least $0.50 usd");
    }
    const currency = params.get("line_items[0][price_data][currency]") ?? "usd";
    const metadata: Record<string, string> = {};
    for (const [name, value] of params) {
      const match = /^metadata\[([^\]]+)\]$/.exec(name);
      if (match) metadata[match[1]] = value;
    }
    const now = Math.floor(Date.now() / 1000);
    const id = randomId("cs_test_");
    const session: StandinSession & { description: string } = {
      id,
      object: "checkout.session",
      amount_subtotal: amount * quantity,
      amount_total: amount * quantity,
      cancel_url: params.get("cancel_url"),
      client_reference_id: params.get("client_reference_id"),
      created: now,
      currency,
      customer_email: params.get("customer_email"),
      expires_at: Number(params.get("expires_at")) || now + DAY_SECONDS,
      livemode: false,
      metadata,
      mode: "payment",
      payment_intent: null,
      payment_status: "unpaid",
      status: "open",
      success_url: successUrl,
      url: `${this.url}/pay/${id}`,
      description: params.get("line_items[0][price_data][product_data][name]") ?? "Payment",
    };
    this.sessions.set(id, session);
    return session;
  }

  private publicSession(session: StandinSession & { description?: string }): StandinSession {
    const { description: _description, ...rest } = session;
    return { ...rest, url: rest.status === "open" ? rest.url : null };
  }

  /** The session, expired first if its time is up (Stripe expires sessions on its own). */
  private current(id: string): (StandinSession & { description: string }) | undefined {
    const session = this.sessions.get(id);
    if (session && session.status === "open" && session.expires_at * 1000 <= Date.now()) this.expire(session);
    return session;
  }

  private expire(session: StandinSession): void {
    session.status = "expired";
    this.sendEvent("checkout.session.expired", this.publicSession(session));
  }

  private intentFor(session: StandinSession): PaymentIntent {
    const existing = session.payment_intent ? this.intents.get(session.payment_intent) : undefined;
    if (existing) return existing;
    const intent: PaymentIntent = {
      id: randomId("pi_"),
      object: "payment_intent",
      amount: session.amount_total,
      currency: session.currency,
      status: "requires_payment_method",
      last_payment_error: null,
      metadata: session.metadata,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
    };
    this.intents.set(intent.id, intent);
    session.payment_intent = intent.id;
    return intent;
  }

  private async hostedPage(req: http.IncomingMessage, res: http.ServerResponse, id: string): Promise<void> {
    const session = this.current(id);
    if (!session)
      return html(
        res,
        404,
        closedPaymentPage(
          "Payment page not found",
          "This payment page does not exist or is no longer kept. Return to the portal and start the payment again.",
        ),
      );
    const returnUrl = session.cancel_url ?? undefined;
    if (session.status === "complete")
      return html(
        res,
        410,
        closedPaymentPage(
          "Already paid",
          "This payment was made already. No further payment is needed.",
          session.success_url?.replace("{CHECKOUT_SESSION_ID}", session.id),
        ),
      );
    if (session.status === "expired")
      return html(
        res,
        410,
        closedPaymentPage(
          "This payment page has expired",
          "No money was taken. Return to the portal to start the payment again.",
          returnUrl,
        ),
      );

    const view = {
      amountText: formatCents(session.amount_total),
      description: session.description,
      formAction: `/pay/${session.id}`,
      cancelUrl: session.cancel_url ?? "/",
    };
    if (req.method === "GET") return html(res, 200, hostedPaymentPage(view));
    if (req.method !== "POST") return html(res, 405, closedPaymentPage("Not allowed", "This page only takes the payment form."));

    const body = await readBody(req, 10_000);
    const form = new URLSearchParams(body ?? "");
    const card: CardFields = {
      cardNumber: (form.get("cardNumber") ?? "").slice(0, 40),
      expiry: (form.get("expiry") ?? "").slice(0, 20),
      cvc: (form.get("cvc") ?? "").slice(0, 10),
      name: (form.get("name") ?? "").slice(0, 200),
    };
    const values = { expiry: card.expiry, name: card.name };
    const checked = checkCard(card, new Date());
    if (checked.outcome === "invalid") return html(res, 200, hostedPaymentPage({ ...view, errors: checked.errors, values }));

    const intent = this.intentFor(session);
    if (checked.outcome === "declined") {
      intent.last_payment_error = { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: checked.message };
      return html(res, 200, hostedPaymentPage({ ...view, declined: checked.message, values }));
    }
    intent.status = "succeeded";
    intent.last_payment_error = null;
    session.status = "complete";
    session.payment_status = "paid";
    this.sendEvent("checkout.session.completed", this.publicSession(session));
    res.writeHead(303, { Location: (session.success_url ?? "/").replace("{CHECKOUT_SESSION_ID}", session.id) });
    res.end();
  }

  private sendEvent(type: string, object: unknown): void {
    const event = {
      id: randomId("evt_"),
      object: "event",
      api_version: Stripe.API_VERSION,
      created: Math.floor(Date.now() / 1000),
      data: { object },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    this.events.emit("event", event);
    if (!this.options.webhookUrl) return;
    const delivery = this.deliver(event.id, type, JSON.stringify(event));
    this.pendingDeliveries.add(delivery);
    void delivery.finally(() => this.pendingDeliveries.delete(delivery));
  }

  private async deliver(eventId: string, type: string, payload: string): Promise<void> {
    const delays = this.options.retryDelaysMs ?? [500, 2000, 5000, 15000];
    for (let attempt = 1; attempt <= delays.length + 1; attempt++) {
      const header = Stripe.webhooks.generateTestHeaderString({ payload, secret: this.options.webhookSecret });
      let status: number | null = null;
      try {
        const response = await fetch(this.options.webhookUrl!, {
          method: "POST",
          headers: {
            "Content-Type": "application/json; charset=utf-8",
            "Stripe-Signature": header,
            "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
          },
          body: payload,
          signal: AbortSignal.timeout(30_000),
        });
        status = response.status;
        await response.arrayBuffer();
      } catch {
        status = null;
      }
      this.sent.push({ eventId, type, status, attempt });
      if (status !== null && status >= 200 && status < 300) return;
      if (attempt <= delays.length) await new Promise((resolve) => setTimeout(resolve, delays[attempt - 1]));
    }
  }
}
