import type http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, NO_TRUSTED_PROXIES, parseTrustedProxies, type TrustedProxies } from "./client-address";
import { metrics } from "../ops/metrics";
import { createPortalServer } from "./portal-server";
import { currentRequestId } from "./request-context";

// The server in front of Next.js, over real connections from 127.0.0.1: what the request handler
// is told about the client.

let server: http.Server | null = null;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = null;
});

async function start(trusted: TrustedProxies): Promise<number> {
  server = createPortalServer((request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ address: request.headers[CLIENT_ADDRESS_HEADER], raw: request.rawHeaders }));
  }, trusted);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

async function seen(port: number, headers: Record<string, string>): Promise<{ address: string; raw: string[] }> {
  const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return (await response.json()) as { address: string; raw: string[] };
}

describe("the portal's server", () => {
  it("with no trusted proxy, tells the handler the connection's address, whatever the client forges", async () => {
    const port = await start(NO_TRUSTED_PROXIES);
    expect((await seen(port, {})).address).toBe("127.0.0.1");
    const forged = await seen(port, {
      "X-Forwarded-For": "198.51.100.66",
      "X-Real-IP": "198.51.100.67",
      [CLIENT_ADDRESS_HEADER]: "198.51.100.68",
    });
    expect(forged.address).toBe("127.0.0.1");
    // The client's own copy of the internal header is gone, from the raw list too.
    expect(forged.raw.map((name) => name.toLowerCase())).not.toContain(CLIENT_ADDRESS_HEADER);
    expect(forged.raw).not.toContain("198.51.100.68");
  });

  it("behind one trusted proxy, takes the hop that proxy appended, not the client-written ones", async () => {
    const port = await start(parseTrustedProxies("1") as TrustedProxies);
    expect((await seen(port, { "X-Forwarded-For": "198.51.100.66, 203.0.113.9" })).address).toBe("203.0.113.9");
    expect((await seen(port, { "X-Forwarded-For": "Call 1-800-555-0100 now" })).address).toBe("127.0.0.1");
    expect((await seen(port, { [CLIENT_ADDRESS_HEADER]: "198.51.100.68" })).address).toBe("127.0.0.1");
  });

  it("with ranges, believes hops only from the proxies in them", async () => {
    const viaLoopback = await start(parseTrustedProxies("127.0.0.0/8") as TrustedProxies);
    expect((await seen(viaLoopback, { "X-Forwarded-For": "198.51.100.66, 2001:db8::9" })).address).toBe("2001:db8::9");
    await new Promise((resolve) => server?.close(resolve));
    const elsewhere = await start(parseTrustedProxies("10.0.0.0/8") as TrustedProxies);
    expect((await seen(elsewhere, { "X-Forwarded-For": "2001:db8::9" })).address).toBe("127.0.0.1");
  });
});

describe("the request id", () => {
  it("is a fresh UUID per request, seen by the handler and its later work, sent back, and never the client's", async () => {
    server = createPortalServer(async (request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ header: request.headers["x-request-id"], context: currentRequestId() }));
    }, NO_TRUSTED_PROXIES);
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const ask = async () => {
      const response = await fetch(`http://127.0.0.1:${port}/cases/EAC2712345678?token=secret`, {
        headers: { "X-Request-Id": "chosen-by-the-client" },
      });
      return { returned: response.headers.get("x-request-id"), ...((await response.json()) as { header: string; context: string }) };
    };
    const first = await ask();
    const second = await ask();
    expect(first.returned).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first).toEqual({ returned: first.returned, header: first.returned, context: first.returned });
    expect(second.returned).not.toBe(first.returned);
    // Counted for /api/metrics under the route, ids and query left out.
    expect(await metrics().registry.metrics()).toMatch(
      /portal_http_requests_total\{method="GET",route="\/cases\/:id",status="200"\} [2-9]/,
    );
  });
});
