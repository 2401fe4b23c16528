import { describe, expect, it } from "vitest";
import {
  clientAddress,
  normalizeAddress,
  NO_TRUSTED_PROXIES,
  parseTrustedProxies,
  rateLimitAddress,
  type TrustedProxies,
} from "./client-address";

function trusted(text: string): TrustedProxies {
  const parsed = parseTrustedProxies(text);
  if (typeof parsed === "string") throw new Error(parsed);
  return parsed;
}

describe("normalizeAddress", () => {
  it("keeps IPv4 and writes IPv6 in its one canonical form", () => {
    expect(normalizeAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(normalizeAddress(" 203.0.113.9 ")).toBe("203.0.113.9");
    expect(normalizeAddress("2001:DB8:0:0:0:0:0:1")).toBe("2001:db8::1");
    expect(normalizeAddress("::1")).toBe("::1");
  });

  it("turns an IPv4-mapped IPv6 address into the IPv4 address", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("::FFFF:203.0.113.9")).toBe("203.0.113.9");
    expect(normalizeAddress("::ffff:cb00:7109")).toBe("203.0.113.9");
  });

  it("removes a port, brackets and an IPv6 zone", () => {
    expect(normalizeAddress("203.0.113.9:51234")).toBe("203.0.113.9");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("[2001:db8::1]")).toBe("2001:db8::1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
  });

  it("is null for anything that is not an address", () => {
    for (const garbage of [
      null,
      undefined,
      "",
      "unknown",
      "Call 1-800-555-0100 now",
      "203.0.113",
      "203.0.113.256",
      "1.2.3.4.5",
      "<script>",
      "2001:db8::1::2",
      "[203.0.113.9]x",
      "x".repeat(500),
    ]) {
      expect(normalizeAddress(garbage), String(garbage)).toBeNull();
    }
  });
});

describe("parseTrustedProxies", () => {
  it("reads none, a count, and ranges (IPv4, IPv6, single addresses, IPv4-mapped)", () => {
    expect(parseTrustedProxies(undefined)).toBe(NO_TRUSTED_PROXIES);
    expect(parseTrustedProxies("  ")).toBe(NO_TRUSTED_PROXIES);
    expect(parseTrustedProxies("0")).toBe(NO_TRUSTED_PROXIES);
    expect(parseTrustedProxies("2")).toEqual({ kind: "count", hops: 2 });
    expect(trusted("10.0.0.0/8,fd00::/8, 192.0.2.10 ,2001:db8::7, ::ffff:172.16.0.0/108")).toMatchObject({
      kind: "ranges",
      ranges: ["10.0.0.0/8", "fd00::/8", "192.0.2.10/32", "2001:db8::7/128", "172.16.0.0/12"],
    });
  });

  it("refuses garbage, with the part at fault", () => {
    for (const bad of [
      "-1",
      "1.5",
      "one",
      "10.0.0.0/8,",
      "10.0.0.0/33",
      "fd00::/129",
      "10.0.0.0/8/8",
      "[::1]",
      "10.0.0.1:80",
      "::ffff:10.0.0.0/64",
    ]) {
      expect(parseTrustedProxies(bad), bad).toEqual(expect.any(String));
    }
    expect(parseTrustedProxies("10.0.0.0/8, proxy.internal")).toMatch(/"proxy\.internal" is neither$/);
    expect(parseTrustedProxies("21")).toBe("must be at most 20 proxy hops (got 21)");
  });
});

describe("clientAddress", () => {
  const FORGED = "198.51.100.66";

  it("with no trusted proxy, is the connection's address whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.9", FORGED, NO_TRUSTED_PROXIES)).toBe("203.0.113.9");
    expect(clientAddress("::ffff:203.0.113.9", `${FORGED}, 10.0.0.1`, NO_TRUSTED_PROXIES)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.8", undefined, NO_TRUSTED_PROXIES)).toBe("10.0.0.8");
    expect(clientAddress(undefined, FORGED, NO_TRUSTED_PROXIES)).toBeNull();
  });

  it("with one trusted hop, is the hop the proxy appended: the rightmost, never the client-written ones", () => {
    const one = trusted("1");
    expect(clientAddress("10.0.0.2", "203.0.113.9", one)).toBe("203.0.113.9");
    // An appending proxy (nginx $proxy_add_x_forwarded_for) keeps what the client wrote on the left.
    expect(clientAddress("10.0.0.2", `${FORGED}, 203.0.113.9`, one)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", [FORGED, "203.0.113.9"], one)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "[2001:db8::9]:4711", one)).toBe("2001:db8::9");
  });

  it("with two trusted hops, skips both proxies", () => {
    expect(clientAddress("10.0.0.2", `${FORGED}, 203.0.113.9, 10.0.0.3`, trusted("2"))).toBe("203.0.113.9");
  });

  it("when the chain is shorter than the trusted hops, is the leftmost address reached", () => {
    expect(clientAddress("10.0.0.2", undefined, trusted("1"))).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "203.0.113.9", trusted("3"))).toBe("203.0.113.9");
  });

  it("with ranges, is the first hop from the right outside them", () => {
    const ranges = trusted("10.0.0.0/8, fd00::/8");
    expect(clientAddress("10.0.0.2", `${FORGED}, 203.0.113.9, 10.1.2.3`, ranges)).toBe("203.0.113.9");
    expect(clientAddress("fd00::2", `${FORGED}, 2001:db8::9`, ranges)).toBe("2001:db8::9");
    expect(clientAddress("::ffff:10.0.0.2", "203.0.113.9", ranges)).toBe("203.0.113.9");
    // A connection from outside the ranges did not come through a proxy: its header is the client's own text.
    expect(clientAddress("203.0.113.50", FORGED, ranges)).toBe("203.0.113.50");
    // Only proxies all the way: the leftmost.
    expect(clientAddress("10.0.0.2", "10.0.0.9", ranges)).toBe("10.0.0.9");
  });

  it("never takes garbage: it stops at the last address a trusted proxy vouched for", () => {
    expect(clientAddress("10.0.0.2", "Call 1-800-555-0100 now", trusted("1"))).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "203.0.113.9, unknown", trusted("2"))).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "", trusted("1"))).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "203.0.113.9,,10.0.0.3", trusted("10.0.0.0/8"))).toBe("10.0.0.3");
  });
});

describe("rateLimitAddress", () => {
  it("keeps an IPv4 address, and an IPv4-mapped IPv6 address counts as its IPv4 address", () => {
    expect(rateLimitAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitAddress("::ffff:203.0.113.9")).toBe("203.0.113.9");
    expect(rateLimitAddress("::ffff:cb00:7109")).toBe("203.0.113.9");
  });

  it("counts an IPv6 address as its /64, however it is written", () => {
    expect(rateLimitAddress("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(rateLimitAddress("2001:DB8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(rateLimitAddress("2001:0db8:0001:0002::")).toBe("2001:db8:1:2::/64");
    expect(rateLimitAddress("2001:db8::1")).toBe("2001:db8::/64");
    expect(rateLimitAddress("2001:db8:0:0:1::1")).toBe("2001:db8::/64");
    expect(rateLimitAddress("::1")).toBe("::/64");
    expect(rateLimitAddress("[2001:db8:1:2::9]:443")).toBe("2001:db8:1:2::/64");
    expect(rateLimitAddress("2001:db8:1:3::1")).not.toBe(rateLimitAddress("2001:db8:1:2::1"));
  });
});
