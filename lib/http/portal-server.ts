import http from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddress, type TrustedProxies } from "./client-address";

// The HTTP server in front of Next.js's request handler (server.ts). Next.js gives route code no
// access to the connection, so this is the one place that sees it: it works out the client address
// and hands it on in CLIENT_ADDRESS_HEADER, after dropping any copy of that header the request
// brought with it. lib/http/request-info.ts reads nothing else.

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

// Next.js reads `headers`, but the raw list is public too: leave no client-written copy there either.
function dropRawHeader(request: http.IncomingMessage, name: string): void {
  const raw = request.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) {
    if (raw[i].toLowerCase() === name) raw.splice(i, 2);
  }
}

export function createPortalServer(handle: Handler, trusted: TrustedProxies): http.Server {
  return http.createServer((request, response) => {
    if (!stampClientAddress(request, trusted)) {
      response.statusCode = 400;
      response.end();
      return;
    }
    Promise.resolve(handle(request, response)).catch((error: unknown) => {
      console.error("Request failed:", error);
      if (!response.headersSent) response.statusCode = 500;
      response.end();
    });
  });
}
