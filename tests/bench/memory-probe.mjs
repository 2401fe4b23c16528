// Bench-only: loaded into the portal's process by tests/bench/memory.ts (`--expose-gc --import` in
// NODE_OPTIONS, which runs before tsx is loaded: hence plain JavaScript), never by `npm start`.
// Answers on 127.0.0.1:BENCH_PROBE_PORT:
//   GET /memory            a full garbage collection, then the process's RSS and live heap (bytes)
//   GET /snapshot?to=FILE  a heap snapshot written to FILE (for finding what retains requests)
import http from "node:http";
import v8 from "node:v8";

const port = Number(process.env.BENCH_PROBE_PORT);
const gc = globalThis.gc;
if (port && gc) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://probe");
    if (url.pathname === "/memory") {
      gc();
      gc();
      const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ rss, heapUsed, heapTotal, external }));
    } else if (url.pathname === "/snapshot" && url.searchParams.get("to")) {
      gc();
      res.end(v8.writeHeapSnapshot(url.searchParams.get("to")));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  server.unref();
  server.listen(port, "127.0.0.1");
}
