import http from "node:http";
import { performance } from "node:perf_hooks";
import { logger } from "../logger";
import { isStopping } from "../ops/lifecycle";
import { countRequest, routeLabel } from "../ops/metrics";
import { CLIENT_ADDRESS_HEADER, clientAddress, type TrustedProxies } from "./client-address";
import { refusedBeforeNext, stampPageSecurity } from "./page-security";
import { dropRawHeader } from "./raw-headers";
import { takeRedirectRenderHop } from "./redirect-render-hop";
import { isRequestId, newRequestId, REQUEST_ID_HEADER, withRequestId } from "./request-context";

// The HTTP server in front of Next.js's request handler (server.ts). Next.js gives route code no
// access to the connection, so this is the one place that sees it: it works out the client address
// and hands it on in CLIENT_ADDRESS_HEADER, after dropping any copy of that header the request
// brought with it. lib/http/request-info.ts reads nothing else. It also gives each request its id
// (X-Request-Id, in every log line written while serving it and in the response), counts it for
// /api/metrics and logs one line when it is answered. It answers itself what Next.js would answer
// with a 500, and gives every page its security headers (page-security.ts).

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void> | void;

/** Sets the client address header on the request; false when the connection has no address (already closed). */
export function stampClientAddress(request: http.IncomingMessage, trusted: TrustedProxies): boolean {
  delete request.headers[CLIENT_ADDRESS_HEADER];
  dropRawHeader(request, CLIENT_ADDRESS_HEADER);
  const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trusted);
  if (!address) return false;
  request.headers[CLIENT_ADDRESS_HEADER] = address;
  return true;
}

/**
 * A fresh request id on the request and the response; a client's own X-Request-Id is not kept. A
 * redirect render's hop (lib/http/redirect-render-hop.ts) keeps the id of the action that sent it.
 */
export function stampRequestId(request: http.IncomingMessage, response: http.ServerResponse, isHop = false): string {
  const carried = request.headers[REQUEST_ID_HEADER];
  const requestId = isHop && typeof carried === "string" && isRequestId(carried) ? carried : newRequestId();
  dropRawHeader(request, REQUEST_ID_HEADER);
  request.headers[REQUEST_ID_HEADER] = requestId;
  response.setHeader("X-Request-Id", requestId);
  return requestId;
}

export function createPortalServer(handle: Handler, trusted: TrustedProxies): http.Server {
  return http.createServer((request, response) => {
    const started = performance.now();
    const requestId = stampRequestId(request, response, takeRedirectRenderHop(request));
    // A stopping instance lets each connection go after its answer, so the load balancer moves on.
    if (isStopping()) response.setHeader("Connection", "close");
    // Only the path: query strings carry tokens (confirmation and reset links).
    const pathname = (request.url ?? "/").split("?")[0];
    response.once("finish", () => {
      const ms = performance.now() - started;
      countRequest(request.method ?? "GET", pathname, response.statusCode, ms / 1000);
      withRequestId(requestId, () =>
        logger.info(
          { method: request.method, route: routeLabel(pathname, response.statusCode), status: response.statusCode, ms: Math.round(ms) },
          "request answered",
        ),
      );
    });
    if (!stampClientAddress(request, trusted)) {
      response.statusCode = 400;
      response.end();
      return;
    }
    if (refusedBeforeNext(request, response, pathname)) return;
    stampPageSecurity(request, response, pathname);
    withRequestId(requestId, () => {
      Promise.resolve(handle(request, response)).catch((error: unknown) => {
        logger.error({ err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error) }, "request failed");
        if (!response.headersSent) response.statusCode = 500;
        response.end();
      });
    });
  });
}
