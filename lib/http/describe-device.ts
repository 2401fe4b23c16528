import Bowser from "bowser";
import { normalizeAddress } from "./client-address";

/** "Chrome on Linux" from a user-agent string; "Unknown device" when there is none to read. */
export function describeDevice(userAgent: string | null | undefined): string {
  if (!userAgent) return "Unknown device";
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name;
  const os = parsed.os.name;
  if (browser && os) return `${browser} on ${os}`;
  return browser || os || "Unknown device";
}

const PRIVATE_RANGES = [
  /^127\./,
  /^10\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^::1$/,
  /^f[cd][0-9a-f]{2}:/,
  /^fe[89ab][0-9a-f]:/,
];

/**
 * Where a request came from, as far as the address tells without an outside service: a local or
 * private network, or the address itself. Anything that is not an address (a row written before
 * addresses were checked) is shown as unknown, never as text.
 */
export function describePlace(ip: string | null | undefined): string {
  const address = normalizeAddress(ip);
  if (!address) return "Unknown location";
  if (PRIVATE_RANGES.some((r) => r.test(address))) return `Local network (${address})`;
  return `Internet address ${address}`;
}
