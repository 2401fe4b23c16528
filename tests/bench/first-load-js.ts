// Prints the first-load JavaScript of each page after `npm run build`: the shared runtime chunks
// plus every chunk the page's layouts and page need, raw and gzipped. Next.js 16 no longer prints
// this table itself, so it is computed from the build's manifests the same way.
//   npx tsx tests/bench/first-load-js.ts [route-prefix]
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";

const NEXT = path.join(process.cwd(), ".next");
const build = JSON.parse(fs.readFileSync(path.join(NEXT, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
const routes = JSON.parse(fs.readFileSync(path.join(NEXT, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
const prefix = process.argv[2] ?? "/";

function manifestFor(appPath: string): { entryJSFiles: Record<string, string[]> } {
  const file = path.join(NEXT, "server", "app", `${appPath}_client-reference-manifest.js`);
  // The manifest is a script the build wrote (globalThis.__RSC_MANIFEST[...] = ...): run it in a
  // context of its own, whose global object is the sandbox, and read what it assigned.
  const sandbox = { __RSC_MANIFEST: {} as Record<string, { entryJSFiles: Record<string, string[]> }> };
  vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
  return Object.values(sandbox.__RSC_MANIFEST)[0];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const rows: [string, string, string][] = [];
for (const [appPath, route] of Object.entries(routes).sort(([, a], [, b]) => a.localeCompare(b))) {
  if (!appPath.endsWith("/page") || !route.startsWith(prefix)) continue;
  const chunks = new Set(build.rootMainFiles);
  for (const files of Object.values(manifestFor(appPath).entryJSFiles)) for (const f of files) chunks.add(f);
  let raw = 0;
  let gzip = 0;
  for (const chunk of chunks) {
    const content = fs.readFileSync(path.join(NEXT, chunk));
    raw += content.length;
    gzip += gzipSync(content).length;
  }
  rows.push([route, kb(gzip), kb(raw)]);
}
console.log(`${"Route".padEnd(34)} ${"First load JS (gzip)".padStart(22)} ${"(raw)".padStart(10)}`);
for (const [route, gzip, raw] of rows) console.log(`${route.padEnd(34)} ${gzip.padStart(22)} ${raw.padStart(10)}`);
