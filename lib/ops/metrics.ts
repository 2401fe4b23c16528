import client from "prom-client";

// Prometheus metrics of this server instance (prom-client), served at /api/metrics to operators
// only (lib/ops/metrics-access.ts). One registry per process on globalThis: server.ts counts the
// requests and the app's bundle counts sign-ins and deliveries, in the same process.

export type PortalMetrics = {
  registry: client.Registry;
  httpRequests: client.Counter<"method" | "route" | "status">;
  httpDuration: client.Histogram<"method" | "route">;
  signIns: client.Counter<"step" | "outcome">;
  deliveryFailures: client.Counter<"channel" | "final">;
  outbox: client.Gauge<"state">;
};

const KEY = Symbol.for("portal.metrics");
const slot = globalThis as unknown as { [KEY]?: PortalMetrics };

function create(): PortalMetrics {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry, prefix: "portal_" });
  return {
    registry,
    httpRequests: new client.Counter({
      name: "portal_http_requests_total",
      help: "HTTP requests answered, by method, route and status code",
      labelNames: ["method", "route", "status"],
      registers: [registry],
    }),
    httpDuration: new client.Histogram({
      name: "portal_http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its response, by method and route",
      labelNames: ["method", "route"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    signIns: new client.Counter({
      name: "portal_sign_in_attempts_total",
      help: "Sign-in attempts by step (password, second_step) and outcome (ok or the error code)",
      labelNames: ["step", "outcome"],
      registers: [registry],
    }),
    deliveryFailures: new client.Counter({
      name: "portal_delivery_failures_total",
      help: "Failed attempts to deliver an email or text message; final=true when no try is left",
      labelNames: ["channel", "final"],
      registers: [registry],
    }),
    outbox: new client.Gauge({
      name: "portal_outbox_messages",
      help: "Outbound messages waiting to be delivered (pending) and given up on (failed), read from the database at each scrape",
      labelNames: ["state"],
      registers: [registry],
    }),
  };
}

export function metrics(): PortalMetrics {
  slot[KEY] ??= create();
  return slot[KEY];
}

const ID_SEGMENT = [
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // UUIDs
  /^[A-Z]{3}\d{10}$/i, // receipt numbers
  /^c[a-z0-9]{20,}$/, // cuids
  /^[A-Za-z0-9_-]{16,}$/, // tokens and other long ids
  /^\d+$/,
];

/**
 * The route a request is counted under: its path with ids replaced by ":id", so the number of
 * label values stays bounded. Next.js's build files count as one route; a page that was not found
 * is counted as "(not found)", whatever was asked for.
 */
export function routeLabel(pathname: string, status: number): string {
  if (status === 404) return "(not found)";
  if (pathname.startsWith("/_next/static/")) return "/_next/static";
  if (pathname.startsWith("/_next/image")) return "/_next/image";
  const segments = pathname
    .split("/")
    .filter(Boolean)
    .slice(0, 6)
    .map((segment) => (ID_SEGMENT.some((pattern) => pattern.test(segment)) ? ":id" : segment.slice(0, 40)));
  return `/${segments.join("/")}`;
}

export function countRequest(method: string, pathname: string, status: number, seconds: number): void {
  const m = metrics();
  const route = routeLabel(pathname, status);
  const verb = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"].includes(method) ? method : "OTHER";
  m.httpRequests.inc({ method: verb, route, status: String(status) });
  m.httpDuration.observe({ method: verb, route }, seconds);
}

export function countSignIn(step: "password" | "second_step", outcome: string): void {
  metrics().signIns.inc({ step, outcome });
}

export function countDeliveryFailure(channel: string, final: boolean): void {
  metrics().deliveryFailures.inc({ channel, final: String(final) });
}
