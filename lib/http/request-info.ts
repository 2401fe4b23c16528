import "server-only";
import { headers } from "next/headers";
import { logger } from "../logger";
import { CLIENT_ADDRESS_HEADER, normalizeAddress } from "./client-address";

export type RequestInfo = { ip: string | null; userAgent: string | null; requestId: string | null };

let warnedNoAddress = false;

/**
 * Who is asking: the client address, browser, request id. The address comes only from the header
 * the portal's own server (server.ts) sets from the connection and TRUSTED_PROXIES; a client's
 * X-Forwarded-For or X-Real-IP is never read here. Null only outside that server (tests, scripts,
 * a bare `next start`): per-address limits then do not count the request in any shared bucket.
 */
export async function requestInfo(): Promise<RequestInfo> {
  const h = await headers();
  const ip = normalizeAddress(h.get(CLIENT_ADDRESS_HEADER));
  if (!ip && !warnedNoAddress && process.env.NODE_ENV === "production") {
    warnedNoAddress = true;
    logger.warn("No client address on a request: start the portal with `npm start` (server.ts), not `next start`");
  }
  return {
    ip,
    userAgent: h.get("user-agent")?.slice(0, 512) ?? null,
    requestId: h.get("x-request-id"),
  };
}
