import { describe, expect, it } from "vitest";
import { metricsAllowed, parseAllowedAddresses } from "./metrics-access";

const TOKEN = "metrics-token-0123456789abcdef0123456789";

function allowed(addresses: string | undefined, token: string | undefined, client: string | null, authorization: string | null) {
  const list = parseAllowedAddresses(addresses);
  if (typeof list === "string") throw new Error(list);
  return metricsAllowed({ token, addresses: list }, client, authorization);
}

describe("who may read /api/metrics", () => {
  it("nobody when neither a token nor addresses are configured", () => {
    expect(allowed(undefined, undefined, "127.0.0.1", null)).toBe(false);
    expect(allowed("", undefined, "127.0.0.1", "Bearer anything")).toBe(false);
  });

  it("a scraper with the configured bearer token, from anywhere", () => {
    expect(allowed(undefined, TOKEN, "203.0.113.9", `Bearer ${TOKEN}`)).toBe(true);
    expect(allowed(undefined, TOKEN, "203.0.113.9", `bearer ${TOKEN}`)).toBe(true);
    expect(allowed(undefined, TOKEN, "203.0.113.9", `Bearer ${TOKEN}x`)).toBe(false);
    expect(allowed(undefined, TOKEN, "203.0.113.9", TOKEN)).toBe(false);
    expect(allowed(undefined, TOKEN, "203.0.113.9", null)).toBe(false);
  });

  it("a client address inside the configured list or ranges", () => {
    const list = "10.0.5.0/24, 192.0.2.7, fd00::/8";
    expect(allowed(list, undefined, "10.0.5.77", null)).toBe(true);
    expect(allowed(list, undefined, "192.0.2.7", null)).toBe(true);
    expect(allowed(list, undefined, "::ffff:10.0.5.1", null)).toBe(true);
    expect(allowed(list, undefined, "fd12::1", null)).toBe(true);
    expect(allowed(list, undefined, "10.0.6.1", null)).toBe(false);
    expect(allowed(list, undefined, "192.0.2.8", null)).toBe(false);
    expect(allowed(list, undefined, null, null)).toBe(false);
  });

  it("refuses a list that is not addresses or ranges, naming the expected form", () => {
    expect(parseAllowedAddresses("everyone")).toMatch(/comma-separated list of addresses or CIDR ranges/);
    expect(parseAllowedAddresses("2")).toMatch(/comma-separated list/);
  });
});
