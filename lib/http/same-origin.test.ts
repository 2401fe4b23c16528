import { describe, expect, it } from "vitest";
import { fromOwnOrigin, openedFromOwnPages } from "./same-origin";

const request = (headers: Record<string, string>) => ({ headers: new Headers(headers) });

describe("fromOwnOrigin", () => {
  it("accepts the portal's own pages", () => {
    expect(
      fromOwnOrigin(request({ host: "portal.example.gov", origin: "https://portal.example.gov", "sec-fetch-site": "same-origin" })),
    ).toBe(true);
    expect(
      fromOwnOrigin(request({ "x-forwarded-host": "portal.example.gov", host: "10.0.0.5:3000", origin: "https://portal.example.gov" })),
    ).toBe(true);
    expect(
      fromOwnOrigin(
        request({ "x-forwarded-host": "portal.example.gov, 10.0.0.5", host: "10.0.0.5:3000", origin: "https://portal.example.gov" }),
      ),
    ).toBe(true);
    // Tools and old browsers that send no Origin are left to the SameSite cookie.
    expect(fromOwnOrigin(request({ host: "portal.example.gov" }))).toBe(true);
  });

  it("refuses other origins, cross-site requests and a malformed Origin", () => {
    expect(fromOwnOrigin(request({ host: "portal.example.gov", origin: "https://evil.example" }))).toBe(false);
    expect(fromOwnOrigin(request({ host: "portal.example.gov", origin: "https://other.example.gov" }))).toBe(false);
    expect(fromOwnOrigin(request({ host: "portal.example.gov", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(fromOwnOrigin(request({ host: "portal.example.gov", origin: "null" }))).toBe(false);
  });
});

describe("openedFromOwnPages", () => {
  it("accepts the portal's own links, the address bar and browsers without Fetch Metadata", () => {
    expect(openedFromOwnPages(request({ "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(openedFromOwnPages(request({ "sec-fetch-site": "none" }))).toBe(true);
    expect(openedFromOwnPages(request({}))).toBe(true);
  });

  it("refuses links followed from another site, or another origin of the same site", () => {
    expect(openedFromOwnPages(request({ "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(openedFromOwnPages(request({ "sec-fetch-site": "same-site" }))).toBe(false);
  });
});
