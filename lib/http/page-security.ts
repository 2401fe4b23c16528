import { randomBytes } from "node:crypto";
import type http from "node:http";
import { BODY_SIZE_LIMIT_BYTES } from "./body-size-limit.mjs";
import { dropRawHeader } from "./raw-headers";
import { refusedRequest, type RefusalReason } from "./refused-request";
import { fromOwnOrigin } from "./same-origin";
import { checkoutOrigin } from "../payments/checkout-origin";

// What the portal's server (portal-server.ts) does to every request before Next.js sees it, but for
// Next.js's own static files and the fonts: refuse what Next.js would answer with a 500, and give
// each page its security headers. This is no access check: pages check the session themselves.
// Done here rather than in a Next.js proxy (middleware), which cost about 1 ms of the main thread on
// every request and copied every request body.

const STATIC = /^\/(?:_next\/static|_next\/image|favicon\.ico|fonts\/)/;

const CSP_HEADER = "content-security-policy";

/** Answers the request itself when Next.js must not see it; true when it did. */
export function refusedBeforeNext(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): boolean {
  if (STATIC.test(pathname)) return false;
  // An address with broken percent-encoding cannot name any page; Next.js would answer a dynamic
  // route's undecodable segment with a 500.
  if (!decodable(pathname)) {
    response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store, max-age=0" });
    response.end("Page not found");
    return true;
  }
  if (request.method !== "POST") return false;
  const headers = webHeaders(request);
  const reason = postRefusal(request, headers);
  if (!reason) return false;
  // The answer waits for the end of the body: a connection closed while the client is still
  // sending it (the client asked to close after the answer) fails the client's write, and the
  // answer is lost on the way.
  const answer = refusedRequest(reason, { headers });
  request.once("end", () => void send(response, answer));
  request.resume();
  return true;
}

/**
 * A CSP with a fresh nonce (Next.js reads it from the request's own CSP header and puts it on its
 * scripts), HSTS behind TLS, no referrer to other sites, and no caching of anything personal.
 */
export function stampPageSecurity(request: http.IncomingMessage, response: http.ServerResponse, pathname: string): void {
  if (STATIC.test(pathname)) return;
  const nonce = randomBytes(16).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self' ${checkoutOrigin()}`,
    "frame-ancestors 'none'",
  ].join("; ");
  // A CSP header the client sent would otherwise choose the nonce.
  dropRawHeader(request, CSP_HEADER);
  request.headers[CSP_HEADER] = csp;
  response.setHeader("Content-Security-Policy", csp);
  // Not "no-referrer": under it a browser sends `Origin: null` with a plain form post, and Next.js
  // refuses that server action, so forms would fail without JavaScript. Link tokens still never
  // reach another site.
  response.setHeader("Referrer-Policy", "same-origin");
  response.setHeader("Cache-Control", "no-store, max-age=0");
  if (behindTls(request)) response.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
}

// Next.js refuses a server action posted from another origin, and a body over the limit, with a
// 500; these answer first, with the status that says why and a page. Every POST is checked, not
// only those with a Next-Action header: a form without JavaScript posts an action without one.
function postRefusal(request: http.IncomingMessage, headers: Headers): RefusalReason | null {
  if (!fromOwnOrigin({ headers })) return "crossOrigin";
  const length = request.headers["content-length"];
  if (length === undefined) {
    // Without a stated length Next.js would read a long body to its end. Browsers state the length
    // of every form they send.
    return request.headers["transfer-encoding"] !== undefined ? "lengthRequired" : null;
  }
  if (!/^\d+$/.test(length) || Number(length) > BODY_SIZE_LIMIT_BYTES) return "tooLarge";
  return null;
}

// The same test Next.js makes for the request's protocol (X-Forwarded-Proto from the proxy that ends TLS).
function behindTls(request: http.IncomingMessage): boolean {
  const forwarded = request.headers["x-forwarded-proto"];
  return (request.socket as { encrypted?: boolean }).encrypted === true || (typeof forwarded === "string" && forwarded.includes("https"));
}

function webHeaders(request: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const each of value) headers.append(name, each);
  }
  return headers;
}

async function send(response: http.ServerResponse, answer: Response): Promise<void> {
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => response.setHeader(name, value));
  response.end(Buffer.from(await answer.arrayBuffer()));
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
