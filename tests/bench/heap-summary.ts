// Counts the objects in heap snapshots by constructor and prints the kinds that grew from the first
// snapshot to the last: what tests/bench/memory.ts writes with BENCH_HEAP_SNAPSHOTS=DIR.
//   node --max-old-space-size=8000 --import tsx tests/bench/heap-summary.ts A.heapsnapshot B.heapsnapshot
import fs from "node:fs";

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
};

function countByConstructor(file: string): Map<string, { count: number; size: number }> {
  const snap = JSON.parse(fs.readFileSync(file, "utf8")) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf("type");
  const nameAt = fields.indexOf("name");
  const sizeAt = fields.indexOf("self_size");
  const types = snap.snapshot.meta.node_types[0];
  const counts = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]];
    if (type !== "object" && type !== "closure") continue;
    const name = type === "closure" ? `(closure) ${snap.strings[snap.nodes[i + nameAt]]}` : snap.strings[snap.nodes[i + nameAt]];
    const entry = counts.get(name) ?? { count: 0, size: 0 };
    entry.count++;
    entry.size += snap.nodes[i + sizeAt];
    counts.set(name, entry);
  }
  return counts;
}

const files = process.argv.slice(2);
if (files.length < 2) {
  console.error("Give two heap snapshots or more, oldest first.");
  process.exit(1);
}
const all = files.map(countByConstructor);
const first = all[0];
const last = all[all.length - 1];
const watched = ["IncomingMessage", "ServerResponse", "IncrementalCache", "AbortController", "Promise", "AsyncLocalStorage", "Socket"];
console.log(`${"Constructor".padEnd(44)} ${files.map((_, i) => `#${i + 1}`.padStart(10)).join(" ")}`);
const rows = [...last.keys()]
  .map((name) => ({ name, growth: (last.get(name)?.count ?? 0) - (first.get(name)?.count ?? 0) }))
  .sort((a, b) => b.growth - a.growth)
  .slice(0, 25)
  .map((r) => r.name);
for (const name of [...new Set([...watched, ...rows])]) {
  console.log(`${name.slice(0, 44).padEnd(44)} ${all.map((c) => String(c.get(name)?.count ?? 0).padStart(10)).join(" ")}`);
}
