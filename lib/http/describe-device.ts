import Bowser from "bowser";
import { msg } from "../i18n/message-ref";
import { normalizeAddress } from "./client-address";

// Both answers are msg() references, read in the reader's language where they are shown (a page's
// or an email's reader); browser and system names are proper names and stay as Bowser gives them.

export const UNKNOWN_DEVICE = msg("security.device.unknown");

/** "Chrome on Linux" from a user-agent string; "Unknown device" when there is none to read. */
export function describeDevice(userAgent: string | null | undefined): string {
  if (!userAgent) return UNKNOWN_DEVICE;
  const parsed = Bowser.parse(userAgent);
  const browser = parsed.browser.name;
  const system = parsed.os.name;
  if (browser && system) return msg("security.device.browserOnSystem", { browser, system });
  return browser || system || UNKNOWN_DEVICE;
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
  if (!address) return msg("security.device.unknownPlace");
  if (PRIVATE_RANGES.some((r) => r.test(address))) return msg("security.device.localNetwork", { address });
  return msg("security.device.internetAddress", { address });
}
