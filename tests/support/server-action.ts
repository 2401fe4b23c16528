// Posting a server action over plain HTTP as React's client does (the Next-Action header and the
// multipart body of `action(previousState, formData)`), for tests and benchmarks that need many
// requests without a browser. The action's id is read from the build's manifest.
import fs from "node:fs";
import path from "node:path";

type Manifest = { node: Record<string, { workers: Record<string, unknown>; exportedName?: string }> };

/** The id of `exportedName` used by the page `page` (e.g. "app/(auth)/sign-up/page") in the build in .next/. */
export function actionId(page: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as Manifest;
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === exportedName && Object.keys(entry.workers).some((worker) => worker.startsWith(page))) return id;
  }
  throw new Error(`no server action ${exportedName} for ${page} in the build (run \`npm run build\`)`);
}

export function actionBody(fields: Record<string, string>): { body: string; contentType: string } {
  const boundary = "----portalaction7MA4YWxkTrZu0gW";
  // The fields first, then the root ("0") that refers to them, as React's client orders them.
  const parts = [...Object.entries(fields).map(([name, value]) => [`_1_${name}`, value]), ["0", '[null,"$K1"]']];
  const body =
    parts.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") +
    `--${boundary}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A documentation-range address (RFC 5737) per number, each standing for a different client. */
export function clientAddress(n: number): string {
  const nets = ["192.0.2", "198.51.100", "203.0.113"];
  return `${nets[n % 3]}.${1 + (Math.floor(n / 3) % 254)}`;
}

/** The headers of a server action post to `origin` from the client address `forwardedFor`. */
export function actionHeaders(id: string, contentType: string, origin: string, forwardedFor: string): Record<string, string> {
  return { "content-type": contentType, "next-action": id, accept: "text/x-component", origin, "x-forwarded-for": forwardedFor };
}
