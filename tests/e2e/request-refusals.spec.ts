import net from "node:net";
import { actionBody, actionId } from "../support/server-action";
import { APP_URL } from "./accounts";
import { expect, test } from "./fixtures";

// Requests Next.js used to answer with a 500: a server action posted from another origin, and a
// body over the 11 MB limit. They get 403 and 413, each with a small page, before Next.js reads them.

const LIMIT = 11 * 1024 * 1024;
const { hostname, port } = new URL(APP_URL);

type RawResponse = { statusLine: string; headers: Record<string, string>; body: string };

/**
 * One HTTP/1.1 request over a plain socket, so that the exact status line can be read and a body
 * can be announced larger than what is sent. Resolves once the response is complete.
 */
function rawRequest(head: string, body: Buffer = Buffer.alloc(0)): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname === "localhost" ? "127.0.0.1" : hostname);
    let received = Buffer.alloc(0);
    const finish = () => {
      const text = received.toString("utf8");
      const end = text.indexOf("\r\n\r\n");
      if (end < 0) return false;
      const [statusLine, ...lines] = text.slice(0, end).split("\r\n");
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(":")).toLowerCase(), l.slice(l.indexOf(":") + 1).trim()]));
      const length = Number(headers["content-length"] ?? NaN);
      let responseBody = text.slice(end + 4);
      if (headers["transfer-encoding"] === "chunked") {
        if (!responseBody.endsWith("0\r\n\r\n")) return false;
        responseBody = responseBody.replace(/(^|\r\n)[0-9a-f]+\r\n/gi, "$1").replace(/\r\n/g, "");
      } else if (!Number.isNaN(length) && Buffer.byteLength(responseBody) < length) return false;
      socket.destroy();
      resolve({ statusLine, headers, body: responseBody });
      return true;
    };
    socket.on("data", (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      finish();
    });
    socket.on("end", () => {
      if (!finish()) reject(new Error(`incomplete response: ${received.toString("utf8").slice(0, 200)}`));
    });
    // The server may stop reading an oversized body once it has answered.
    socket.on("error", (error) => {
      if (!finish()) reject(error);
    });
    socket.write(
      `${head
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
        .join("\r\n")}\r\n\r\n`,
    );
    if (body.length) socket.write(body);
  });
}

/**
 * The sign-in form's server action (what the form posts without JavaScript; with it, the form posts
 * to its route), with the Next-Action id and body as React's client sends them.
 */
function signInAction() {
  const { body, contentType } = actionBody({ email: "nobody-refusals@example.com", password: "Not-the-password-1!" });
  return { path: "/sign-in", action: actionId("app/(auth)/sign-in/page", "signInAction"), contentType, body: Buffer.from(body) };
}

test("a server action posted from another origin gets 403 and a page, not a 500", async ({ page }) => {
  const sent = signInAction();
  const request = (origin: string) => `
    POST ${sent.path} HTTP/1.1
    Host: ${new URL(APP_URL).host}
    Origin: ${origin}
    Next-Action: ${sent.action}
    Accept: text/x-component
    Content-Type: ${sent.contentType}
    Content-Length: ${sent.body.length}
    Connection: close`;

  for (const origin of ["https://evil.example", "null", `http://localhost.evil.example:${port}`]) {
    const response = await rawRequest(request(origin), sent.body);
    test.info().annotations.push({ type: "status line", description: `Origin ${origin}: ${response.statusLine}` });
    expect(response.statusLine, origin).toBe("HTTP/1.1 403 Forbidden");
    expect(response.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(response.body).toContain("<h1>This form was not sent from the portal</h1>");
    expect(response.body).toContain("nothing was changed");
  }
  // The same request from the portal's own origin is answered by the action as usual.
  const own = await rawRequest(request(new URL(APP_URL).origin), sent.body);
  expect(own.statusLine).toBe("HTTP/1.1 200 OK");

  // And a plain form post (no JavaScript, so no Next-Action header) from another site.
  const crossSite = await page.request.post("/sign-in", {
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    multipart: { email: "nobody-refusals@example.com", password: "x" },
    maxRedirects: 0,
  });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.text()).toContain("This form was not sent from the portal");
});

test("a body over the 11 MB limit gets 413 and a page, not a 500", async ({ page }) => {
  const sent = signInAction();
  const head = (length: number, extra = "") => `
    POST ${sent.path} HTTP/1.1
    Host: ${new URL(APP_URL).host}
    Origin: ${new URL(APP_URL).origin}
    Next-Action: ${sent.action}
    Accept: text/x-component
    Content-Type: ${sent.contentType}
    Content-Length: ${length}
    ${extra}
    Connection: close`;

  // One byte over the limit.
  const announced = await rawRequest(head(LIMIT + 1), Buffer.alloc(LIMIT + 1, 0x61));
  test.info().annotations.push({ type: "status line", description: `Content-Length ${LIMIT + 1}: ${announced.statusLine}` });
  expect(announced.statusLine).toBe("HTTP/1.1 413 Payload Too Large");
  expect(announced.headers["content-type"]).toBe("text/html; charset=utf-8");
  expect(announced.body).toContain("<h1>What you sent is too large</h1>");

  // A whole 12 MB upload, as a script would send it.
  const multipart = await page.request.post(sent.path, {
    headers: { "next-action": sent.action, accept: "text/x-component", origin: new URL(APP_URL).origin },
    multipart: { file: { name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(12 * 1024 * 1024, 0x61) } },
  });
  expect(multipart.status()).toBe(413);
  expect(await multipart.text()).toContain("What you sent is too large");

  // No length given at all (a chunked body): Next.js would cut it at the limit and fail with a
  // 500, so it is refused as a request that must state its length.
  const chunk = Buffer.from("a".repeat(16));
  const chunked = await rawRequest(
    `
    POST ${sent.path} HTTP/1.1
    Host: ${new URL(APP_URL).host}
    Origin: ${new URL(APP_URL).origin}
    Next-Action: ${sent.action}
    Accept: text/x-component
    Content-Type: ${sent.contentType}
    Transfer-Encoding: chunked
    Connection: close`,
    Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n0\r\n\r\n")]),
  );
  test.info().annotations.push({ type: "status line", description: `chunked: ${chunked.statusLine}` });
  expect(chunked.statusLine).toBe("HTTP/1.1 411 Length Required");
  expect(chunked.body).toContain("<h1>This request did not say how large it is</h1>");

  // A body at the limit is still the action's to answer (the evidence spec uploads exactly 10 MB).
  const small = await rawRequest(head(sent.body.length), sent.body);
  expect(small.statusLine).toBe("HTTP/1.1 200 OK");
});
