import { createHash, timingSafeEqual } from "node:crypto";
import { isIP, type BlockList } from "node:net";
import { normalizeAddress, parseTrustedProxies } from "../http/client-address";

// Who may read /api/metrics: a client address in METRICS_ALLOWED_ADDRESSES, or a request with
// `Authorization: Bearer <METRICS_TOKEN>`. Everyone else is told the page does not exist.

export type MetricsAccess = { token: string | undefined; addresses: BlockList | null };

/** METRICS_ALLOWED_ADDRESSES as written: addresses and CIDR ranges, comma-separated; a message when it is not. */
export function parseAllowedAddresses(text: string | undefined): BlockList | null | string {
  if (!text?.trim()) return null;
  const parsed = parseTrustedProxies(text);
  if (typeof parsed === "string" || parsed.kind !== "ranges") {
    return "must be a comma-separated list of addresses or CIDR ranges, e.g. 127.0.0.1, 10.0.0.0/8";
  }
  return parsed.list;
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function metricsAllowed(access: MetricsAccess, clientAddress: string | null, authorization: string | null): boolean {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1];
  if (access.token && bearer && sameSecret(bearer, access.token)) return true;
  const address = normalizeAddress(clientAddress);
  if (!access.addresses || !address) return false;
  return access.addresses.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}
