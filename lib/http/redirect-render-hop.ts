import { randomBytes } from "node:crypto";
import type http from "node:http";
import type { AddressInfo } from "node:net";

// When a server action redirects, Next.js renders the page it redirects to by fetching that page
// from this same process, with the action request's headers (createRedirectRenderResult in
// next/dist/server/app-render/action-handler.js), and streams it back in the action's answer.
//
// Where it fetches from: `ownOrigin()`, set as __NEXT_PRIVATE_ORIGIN (as `next start` sets it).
// Without it Next.js builds the address from X-Forwarded-Proto, so behind a proxy that ends TLS it
// fetched https://localhost from a plain HTTP server, failed, and logged an error on every redirect.
//
// That fetch, the hop, is marked so it is answered uncompressed: Next.js gzipped the page and undici
// gunzipped it again inside one process, about a tenth of a sign-in's main-thread CPU. The action
// request carries a token only this process knows, Next.js copies it onto the hop, and a request
// showing it is a hop; a client's copy of the header is dropped unread.

export const HOP_HEADER = "x-portal-render-hop";
const token = randomBytes(18).toString("base64url");

/**
 * Reads and clears the hop mark on a request: true when this process's own redirect render sent it
 * (its Accept-Encoding is then removed). An action request is marked so its redirect hop will be.
 */
export function takeRedirectRenderHop(request: http.IncomingMessage): boolean {
  const isHop = request.headers[HOP_HEADER] === token && !request.headers["next-action"];
  delete request.headers[HOP_HEADER];
  if (isHop) delete request.headers["accept-encoding"];
  else if (request.headers["next-action"]) request.headers[HOP_HEADER] = token;
  return isHop;
}

/** The address this server answers itself on, from what it is listening on. */
export function ownOrigin(address: AddressInfo): string {
  const everyInterface = address.address === "::" || address.address === "0.0.0.0";
  const host = everyInterface ? "127.0.0.1" : address.address;
  return `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;
}
