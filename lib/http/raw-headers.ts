import type http from "node:http";

// Next.js reads `headers`, but the raw list is public too: a header the server sets in place of the
// client's must leave no client-written copy there either.
export function dropRawHeader(request: http.IncomingMessage, name: string): void {
  const raw = request.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) {
    if (raw[i].toLowerCase() === name) raw.splice(i, 2);
  }
}
