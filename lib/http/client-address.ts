import { BlockList, isIP } from "node:net";

// Who is at the other end of a request. Only the connection's own address is a fact; every
// X-Forwarded-For hop is text that whoever sent it could write. A hop is believed only when the hop
// to its right is a proxy the operator said to trust (TRUSTED_PROXIES), so the client address is the
// first untrusted hop counting from the right, the connection being the rightmost hop.

/** The header the portal's server (server.ts) sets from the connection; any copy a client sends is dropped. */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";

export type TrustedProxies =
  | { kind: "none" }
  /** The last `hops` hops (the connection included) are the operator's proxies. */
  | { kind: "count"; hops: number }
  /** Hops inside these ranges are the operator's proxies. */
  | { kind: "ranges"; ranges: readonly string[]; list: BlockList };

export const NO_TRUSTED_PROXIES: TrustedProxies = { kind: "none" };

const MAX_TRUSTED_HOPS = 20;

/**
 * An address as the portal shows and counts it, or null for anything that is not one: IPv4 in
 * dotted form, IPv6 in its canonical compressed lowercase form, an IPv4-mapped IPv6 address as the
 * IPv4 address it maps. A port ("1.2.3.4:5678", "[2001:db8::1]:443"), brackets and an IPv6 zone
 * ("fe80::1%eth0") are removed first.
 */
export function normalizeAddress(text: string | null | undefined): string | null {
  if (!text) return null;
  let candidate = text.trim();
  if (candidate.length === 0 || candidate.length > 100) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(candidate);
  if (bracketed) candidate = bracketed[1];
  else {
    const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(candidate);
    if (withPort) candidate = withPort[1];
  }
  candidate = candidate.split("%")[0];
  const family = isIP(candidate);
  if (family === 4) return candidate;
  if (family !== 6) return null;
  // The URL parser writes IPv6 in one canonical form (and an embedded IPv4 part in hex).
  const canonical = new URL(`http://[${candidate}]/`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!mapped) return canonical;
  const high = parseInt(mapped[1], 16);
  const low = parseInt(mapped[2], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/**
 * What an address counts as in a rate limit: an IPv4 address itself, an IPv6 address its /64 (one
 * network usually gets a whole /64, so one person can pick among 2^64 addresses), written
 * "2001:db8:1:2::/64". An IPv4-mapped IPv6 address counts as the IPv4 address.
 */
export function rateLimitAddress(address: string): string {
  const normalized = normalizeAddress(address) ?? address;
  if (isIP(normalized) !== 6) return normalized;
  const [head, tail = ""] = normalized.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = normalized.includes("::") && tail ? tail.split(":") : [];
  const groups = [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups];
  return `${normalizeAddress(`${groups.slice(0, 4).join(":")}::`)}/64`;
}

/**
 * TRUSTED_PROXIES as written in the settings: empty or "0" for none, a number of proxy hops
 * ("1" behind one reverse proxy), or a comma-separated list of addresses and CIDR ranges
 * ("10.0.0.0/8, fd00::/8, 192.0.2.10"). A string describing the problem when it is neither.
 */
export function parseTrustedProxies(text: string | undefined): TrustedProxies | string {
  const value = text?.trim() ?? "";
  if (value === "") return NO_TRUSTED_PROXIES;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > MAX_TRUSTED_HOPS) return `must be at most ${MAX_TRUSTED_HOPS} proxy hops (got ${value})`;
    return hops === 0 ? NO_TRUSTED_PROXIES : { kind: "count", hops };
  }
  const list = new BlockList();
  const ranges: string[] = [];
  for (const part of value.split(",").map((p) => p.trim())) {
    const range = parseRange(part);
    if (!range) {
      return `must be a number of proxy hops (e.g. 1) or a comma-separated list of proxy addresses or CIDR ranges (e.g. 10.0.0.0/8, fd00::/8): "${part.slice(0, 60)}" is neither`;
    }
    list.addSubnet(range.address, range.prefix, range.family);
    ranges.push(`${range.address}/${range.prefix}`);
  }
  return { kind: "ranges", ranges, list };
}

function parseRange(text: string): { address: string; prefix: number; family: "ipv4" | "ipv6" } | null {
  const match = /^([^/\s]+)(?:\/(\d{1,3}))?$/.exec(text);
  if (!match) return null;
  const [, written, prefixText] = match;
  // A range is written plainly: no port, zone or brackets.
  if (!isIP(written)) return null;
  const address = normalizeAddress(written);
  if (!address) return null;
  const family = isIP(address) === 4 ? "ipv4" : "ipv6";
  const max = family === "ipv4" ? 32 : 128;
  // "::ffff:10.0.0.0/104" names IPv4 addresses: its prefix counts the 96 bits before them.
  const mappedOffset = isIP(written) === 6 && family === "ipv4" ? 96 : 0;
  const prefix = prefixText === undefined ? max : Number(prefixText) - mappedOffset;
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > max) return null;
  return { address, prefix, family };
}

function isTrustedHop(trusted: TrustedProxies, address: string, indexFromRight: number): boolean {
  switch (trusted.kind) {
    case "none":
      return false;
    case "count":
      return indexFromRight < trusted.hops;
    case "ranges":
      return trusted.list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
  }
}

/**
 * The client's address: walking from the connection leftwards through X-Forwarded-For, each hop is
 * believed only while the hop that reported it is a trusted proxy. If a trusted proxy reported
 * something that is not an address (or every hop is trusted), the last address reached is kept:
 * never a hop nobody vouched for. Null only when the connection itself has no address.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: TrustedProxies,
): string | null {
  let address = normalizeAddress(socketAddress);
  if (!address || trusted.kind === "none") return address;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "")).split(",");
  for (let index = 0; index < hops.length; index++) {
    if (!isTrustedHop(trusted, address, index)) break;
    const next = normalizeAddress(hops[hops.length - 1 - index]);
    if (!next) break;
    address = next;
  }
  return address;
}
