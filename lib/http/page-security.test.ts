import type http from "node:http";
import net, { type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { BODY_SIZE_LIMIT_BYTES } from "./body-size-limit.mjs";
import { NO_TRUSTED_PROXIES } from "./client-address";
import { createPortalServer } from "./portal-server";

// What the portal's server does before Next.js sees a request, over real connections: the handler
// here stands for Next.js and says what it was given.

let server: http.Server | null = null;
let handled = 0;
afterEach(async () => {
  await new Promise((resolve) => server?.close(resolve));
  server = null;
  handled = 0;
});

async function start(): Promise<string> {
  server = createPortalServer((request, response) => {
    handled++;
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ csp: request.headers["content-security-policy"], raw: request.rawHeaders }));
  }, NO_TRUSTED_PROXIES);
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A request as written, for what fetch will not send (a broken path, a chunked body). */
function raw(base: string, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const connection = net.connect(Number(new URL(base).port), "127.0.0.1", () => connection.end(request));
    let answer = "";
    connection.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    connection.on("end", () => resolve(answer));
    connection.on("error", reject);
  });
}

describe("every page's security headers", () => {
  it("a CSP with a fresh nonce on the answer, and the same CSP in place of any the request brought", async () => {
    const base = await start();
    const first = await fetch(`${base}/dashboard`, { headers: { "Content-Security-Policy": "script-src 'nonce-chosen-by-client'" } });
    const seen = (await first.json()) as { csp: string; raw: string[] };
    const csp = first.headers.get("content-security-policy")!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(seen.csp).toBe(csp);
    expect(seen.raw.join(" ")).not.toContain("chosen-by-client");
    expect(first.headers.get("cache-control")).toBe("no-store, max-age=0");
    expect(first.headers.get("referrer-policy")).toBe("same-origin");
    expect(first.headers.get("strict-transport-security")).toBeNull();

    const second = await fetch(`${base}/dashboard`);
    const nonce = (value: string | null) => /'nonce-([^']+)'/.exec(value ?? "")?.[1];
    expect(nonce(second.headers.get("content-security-policy"))).not.toBe(nonce(csp));
  });

  it("HSTS behind a proxy that ends TLS", async () => {
    const base = await start();
    const answer = await fetch(`${base}/`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(answer.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("none on Next.js's static files and the fonts, which are cached", async () => {
    const base = await start();
    for (const path of ["/_next/static/chunks/app.js", "/_next/image?url=x", "/favicon.ico", "/fonts/public-sans.woff2"]) {
      const answer = await fetch(`${base}${path}`);
      expect(answer.headers.get("content-security-policy"), path).toBeNull();
      expect(answer.headers.get("cache-control"), path).toBeNull();
    }
  });
});

describe("what Next.js would answer with a 500 is answered before it", () => {
  it("an address with broken percent-encoding: 404", async () => {
    const base = await start();
    const answer = await raw(base, "GET /cases/%E0%A4%A HTTP/1.1\r\nHost: portal.test\r\nConnection: close\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 404 /);
    expect(answer).toContain("Page not found");
    expect(handled).toBe(0);
  });

  it("a form posted from another site: 403 and a page", async () => {
    const base = await start();
    const crossSite = await fetch(`${base}/sign-in`, { method: "POST", body: "a=1", headers: { Origin: "https://elsewhere.test" } });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain("This form was not sent from the portal");
    const own = await fetch(`${base}/sign-in`, { method: "POST", body: "a=1", headers: { Origin: base } });
    expect(own.status).toBe(200);
    expect(handled).toBe(1);
  });

  it("a body over the limit: 413; a body of unstated length: 411", async () => {
    const base = await start();
    const tooLarge = await fetch(`${base}/sign-in`, { method: "POST", body: Buffer.alloc(BODY_SIZE_LIMIT_BYTES + 1, 0x61) });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.text()).toContain("What you sent is too large");
    const chunked = await raw(
      base,
      "POST /sign-in HTTP/1.1\r\nHost: portal.test\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
    );
    expect(chunked).toMatch(/^HTTP\/1\.1 411 /);
    expect(handled).toBe(0);
  });

  it("the refusal comes after the body, so a client that asked to close still gets it", async () => {
    const base = await start();
    const connection = net.connect(Number(new URL(base).port), "127.0.0.1");
    let answer = "";
    connection.on("data", (chunk: Buffer) => (answer += chunk.toString("latin1")));
    const ended = new Promise<void>((resolve, reject) => {
      connection.on("end", resolve);
      connection.on("error", reject);
    });
    await new Promise((resolve) => connection.once("connect", resolve));
    const write = (data: string | Buffer) =>
      new Promise<void>((resolve, reject) => connection.write(data, (error) => (error ? reject(error) : resolve())));
    const length = BODY_SIZE_LIMIT_BYTES + 1;
    await write(`POST /sign-in HTTP/1.1\r\nHost: portal.test\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`);
    // Answered at once, the answer would be here before the last piece, and the connection closed
    // under the writes still to come (EPIPE).
    const piece = Buffer.alloc(64 * 1024, 0x61);
    for (let sent = 0; sent < length - 1; sent += piece.length) await write(piece.subarray(0, Math.min(piece.length, length - 1 - sent)));
    expect(answer).toBe("");
    connection.end("a");
    await ended;
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toContain("What you sent is too large");
  });
});
