import { describe, expect, it } from "vitest";
import { countDeliveryFailure, countRequest, countSignIn, metrics, routeLabel } from "./metrics";

describe("the route a request is counted under", () => {
  it("replaces ids, receipt numbers and tokens so the number of routes stays bounded", () => {
    expect(routeLabel("/cases/EAC2712345678", 200)).toBe("/cases/:id");
    expect(routeLabel("/messages/0b7c2f4e-1d3a-4c5b-9e8f-a1b2c3d4e5f6", 200)).toBe("/messages/:id");
    expect(routeLabel("/agency/cases/EAC2712345678/notices/42", 200)).toBe("/agency/cases/:id/notices/:id");
    expect(routeLabel("/dashboard", 200)).toBe("/dashboard");
    expect(routeLabel("/", 200)).toBe("/");
  });

  it("counts every build file as one route and every unknown page as not found", () => {
    expect(routeLabel("/_next/static/chunks/abc123.js", 200)).toBe("/_next/static");
    expect(routeLabel("/random-path-a-scanner-tried", 404)).toBe("(not found)");
  });
});

describe("the metrics text", () => {
  // The registry lives as long as the process, which other test files share: compare counts.
  const series = [
    'portal_http_requests_total{method="GET",route="/cases/:id",status="200"}',
    'portal_http_request_duration_seconds_bucket{le="0.05",method="GET",route="/cases/:id"}',
    'portal_sign_in_attempts_total{step="password",outcome="sign_in_failed"}',
    'portal_sign_in_attempts_total{step="second_step",outcome="ok"}',
    'portal_delivery_failures_total{channel="EMAIL",final="false"}',
  ];
  const values = (text: string) =>
    series.map((name) =>
      Number(
        text
          .split("\n")
          .find((line) => line.startsWith(`${name} `))
          ?.slice(name.length + 1) ?? 0,
      ),
    );

  it("has request counts and durations by route, sign-in outcomes and delivery failures", async () => {
    const before = values(await metrics().registry.metrics());
    countRequest("GET", "/cases/EAC2712345678", 200, 0.042);
    countSignIn("password", "sign_in_failed");
    countSignIn("second_step", "ok");
    countDeliveryFailure("EMAIL", false);
    const text = await metrics().registry.metrics();
    expect(values(text)).toEqual(before.map((value) => value + 1));
    expect(text).toContain("portal_process_resident_memory_bytes");
  });
});
