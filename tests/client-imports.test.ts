import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What the browser downloads: every module a "use client" file reaches through its runtime imports
// (type-only imports are erased; a "use server" file arrives as references to its actions only). The checks live on the server, so zod stays there: a form that
// imported a schema module for one constant carried zod and the schema's own imports with it
// (the representative profile page loaded 239 kB of JavaScript, gzipped, instead of 157).

const ROOT = process.cwd();
const SOURCE = /\.(tsx?|mjs)$/;
const SERVER_ONLY_PACKAGES = ["zod"];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return SOURCE.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The specifiers a module imports at run time (not `import type`, nor imports of types alone). */
export function runtimeImports(source: string): string[] {
  const found: string[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*["']([^"']+)["']/g;
  for (const [, , typeOnly, clause, specifier] of source.matchAll(statement)) {
    if (typeOnly) continue;
    const names = /^\{([^}]*)\}$/.exec(clause.trim());
    if (names && names[1].split(",").every((name) => !name.trim() || name.trim().startsWith("type "))) continue;
    found.push(specifier);
  }
  for (const [, specifier] of source.matchAll(/(?:^|\n)\s*import\s+["']([^"']+)["']/g)) found.push(specifier);
  return found;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}.mjs`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** For each server-only package a client file reaches, the chain of modules that leads to it. */
function serverOnlyReached(entry: string): string[][] {
  const reached: string[][] = [];
  const seen = new Set<string>([entry]);
  const queue: string[][] = [[entry]];
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const file = chain[chain.length - 1];
    for (const specifier of runtimeImports(fs.readFileSync(file, "utf8"))) {
      if (SERVER_ONLY_PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`))) {
        reached.push([...chain, specifier].map((step) => path.relative(ROOT, step) || step));
        continue;
      }
      if (!specifier.startsWith(".") && !specifier.startsWith("@/")) continue;
      const next = resolveLocal(file, specifier);
      if (next && !seen.has(next) && !/^\s*["']use server["']/.test(fs.readFileSync(next, "utf8"))) {
        seen.add(next);
        queue.push([...chain, next]);
      }
    }
  }
  return reached;
}

describe("the JavaScript sent to the browser", () => {
  it("reads runtime imports and leaves type-only ones out", () => {
    const source = [
      'import { z } from "zod";',
      'import type { Foo } from "./foo";',
      'import { type Bar, type Baz } from "./bar";',
      'import { qux, type Quux } from "./qux";',
      'export { corge } from "./corge";',
      'import "./styles.css";',
    ].join("\n");
    expect(runtimeImports(source)).toEqual(["zod", "./qux", "./corge", "./styles.css"]);
  });

  it("carries no zod: no client component reaches it through its imports", () => {
    const clientFiles = ["app", "components", "lib"]
      .flatMap((dir) => sourceFiles(path.join(ROOT, dir)))
      .filter((file) => /^\s*["']use client["']/.test(fs.readFileSync(file, "utf8")));
    expect(clientFiles.length).toBeGreaterThan(20);
    const chains = clientFiles.flatMap(serverOnlyReached).map((chain) => chain.join(" → "));
    expect(chains).toEqual([]);
  });
});
