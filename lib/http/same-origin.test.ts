import { describe, expect, it } from "vitest";
import { fromOwnOrigin } from "./same-origin";

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
