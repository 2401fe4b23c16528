import type http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { NO_TRUSTED_PROXIES } from "./client-address";
import { createPortalServer } from "./portal-server";
import { HOP_HEADER, ownOrigin } from "./redirect-render-hop";

// The hop Next.js makes when a server action redirects: it fetches the next page from this process
// with the action request's headers. Here the handler plays Next.js's part, over real connections.

let server: http.Server | null = null;
afterEach(async () => {
  if (server) await new Promise((resolve) => server!.close(resolve));
  server = null;
});

type Seen = { acceptEncoding: string | null; hopHeader: string | null; requestId: string | null };

function seenBy(request: http.IncomingMessage): Seen {
  const header = (name: string) => (request.headers[name] as string | undefined) ?? null;
  return { acceptEncoding: header("accept-encoding"), hopHeader: header(HOP_HEADER), requestId: header("x-request-id") };
}

/** A server whose action requests fetch `/next` from the same server with their own headers, as Next.js's redirect does. */
async function start(): Promise<string> {
  server = createPortalServer(async (request, response) => {
    response.setHeader("content-type", "application/json");
    if (!request.headers["next-action"]) {
      response.end(JSON.stringify(seenBy(request)));
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers.set(name, value);
    headers.delete("next-action");
    headers.set("x-request-id", String(response.getHeader("x-request-id")));
    const hop = (await (await fetch(`${ownOrigin(server!.address() as AddressInfo)}/next`, { headers })).json()) as Seen;
    response.end(JSON.stringify({ action: seenBy(request), hop }));
  }, NO_TRUSTED_PROXIES);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return ownOrigin(server.address() as AddressInfo);
}

describe("a redirect render's hop", () => {
  it("is answered uncompressed and keeps the request id of the action that made it", async () => {
    const origin = await start();
    const response = await fetch(`${origin}/sign-in`, {
      method: "POST",
      headers: { "next-action": "abc123", "accept-encoding": "gzip, deflate, br" },
    });
    const { action, hop } = (await response.json()) as { action: Seen; hop: Seen };
    // The action itself is still compressed for the browser.
    expect(action.acceptEncoding).toBe("gzip, deflate, br");
    expect(hop.acceptEncoding).toBeNull();
    expect(hop.hopHeader).toBeNull();
    expect(hop.requestId).toBe(response.headers.get("x-request-id"));
    expect(hop.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("cannot be claimed by a client: a written hop header is dropped and changes nothing", async () => {
    const origin = await start();
    const response = await fetch(`${origin}/dashboard`, {
      headers: { [HOP_HEADER]: "guessed", "accept-encoding": "gzip", "x-request-id": "00000000-0000-4000-8000-000000000000" },
    });
    const seen = (await response.json()) as Seen;
    expect(seen.acceptEncoding).toBe("gzip");
    expect(seen.hopHeader).toBeNull();
    expect(seen.requestId).not.toBe("00000000-0000-4000-8000-000000000000");
  });
});

describe("ownOrigin", () => {
  it("is loopback when the server listens on every interface, else the address it listens on", () => {
    expect(ownOrigin({ address: "::", family: "IPv6", port: 3000 })).toBe("http://127.0.0.1:3000");
    expect(ownOrigin({ address: "0.0.0.0", family: "IPv4", port: 3001 })).toBe("http://127.0.0.1:3001");
    expect(ownOrigin({ address: "10.0.0.5", family: "IPv4", port: 80 })).toBe("http://10.0.0.5:80");
    expect(ownOrigin({ address: "::1", family: "IPv6", port: 3000 })).toBe("http://[::1]:3000");
  });
});
