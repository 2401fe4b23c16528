import { NextResponse, type NextRequest } from "next/server";
import { BODY_SIZE_LIMIT_BYTES } from "./lib/http/body-size-limit.mjs";
import { refusedRequest } from "./lib/http/refused-request";
import { isRequestId, REQUEST_ID_HEADER } from "./lib/http/request-id";
import { fromOwnOrigin } from "./lib/http/same-origin";
import { checkoutOrigin } from "./lib/payments/checkout-origin";

// Security headers for every page: a CSP with a fresh nonce per request (Next.js applies it to its
// own scripts), HSTS, no referrer to other sites, and no caching of anything personal. Pages still
// check the session themselves; this is not an access check.

export function proxy(request: NextRequest) {
  // An address with broken percent-encoding cannot name any page; Next.js would answer a dynamic
  // route's undecodable segment with a 500.
  if (!decodable(request.nextUrl.pathname)) {
    return new NextResponse("Page not found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store, max-age=0" },
    });
  }
  const refusal = refusePost(request);
  if (refusal) return refusal;
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
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

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  // The portal's server (server.ts) gave the request its id; keep it so logs and messages agree.
  const requestId = request.headers.get(REQUEST_ID_HEADER);
  requestHeaders.set(REQUEST_ID_HEADER, isRequestId(requestId) ? requestId : crypto.randomUUID());

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  // Not "no-referrer": under it a browser sends `Origin: null` with a plain form post, and Next.js
  // refuses that server action, so forms would fail without JavaScript. Link tokens still never
  // reach another site.
  response.headers.set("Referrer-Policy", "same-origin");
  response.headers.set("Cache-Control", "no-store, max-age=0");
  if (request.nextUrl.protocol === "https:") {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

// Next.js refuses a server action posted from another origin, and a body over the limit, with a
// 500; these answer first, with the status that says why and a page. Every POST is checked, not
// only those with a Next-Action header: a form without JavaScript posts an action without one.
function refusePost(request: NextRequest): Response | null {
  if (request.method !== "POST") return null;
  if (!fromOwnOrigin(request)) return refusedRequest("crossOrigin", request);
  const length = request.headers.get("content-length");
  if (length === null) {
    // Without a stated length Next.js would cut a long body short at the limit and fail on the
    // rest with a 500. Browsers state the length of every form they send.
    return request.headers.has("transfer-encoding") ? refusedRequest("lengthRequired", request) : null;
  }
  if (!/^\d+$/.test(length) || Number(length) > BODY_SIZE_LIMIT_BYTES) return refusedRequest("tooLarge", request);
  return null;
}

function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|fonts/).*)" }],
};
