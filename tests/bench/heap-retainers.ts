// The shortest paths from the garbage-collection roots to objects of one kind in a heap snapshot,
// grouped by the path's shape and counted: what keeps, say, finished requests alive.
//   node --max-old-space-size=8000 --import tsx tests/bench/heap-retainers.ts FILE.heapsnapshot IncomingMessage [paths=8]
import fs from "node:fs";

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
};

const [file, wanted, shown = "8"] = process.argv.slice(2);
if (!file || !wanted) {
  console.error("usage: heap-retainers.ts FILE.heapsnapshot CONSTRUCTOR [paths]");
  process.exit(1);
}
const snap = JSON.parse(fs.readFileSync(file, "utf8")) as Snapshot;
const { node_fields, node_types, edge_fields, edge_types } = snap.snapshot.meta;
const nodeWidth = node_fields.length;
const edgeWidth = edge_fields.length;
const nodeCount = snap.nodes.length / nodeWidth;
const TYPE = node_fields.indexOf("type");
const NAME = node_fields.indexOf("name");
const EDGE_COUNT = node_fields.indexOf("edge_count");
const E_TYPE = edge_fields.indexOf("type");
const E_NAME = edge_fields.indexOf("name_or_index");
const E_TO = edge_fields.indexOf("to_node");
const nodeTypes = node_types[0];
const edgeTypes = edge_types[0];

const firstEdge = new Uint32Array(nodeCount + 1);
for (let n = 0, e = 0; n < nodeCount; n++) {
  firstEdge[n] = e;
  e += snap.nodes[n * nodeWidth + EDGE_COUNT] * edgeWidth;
  firstEdge[n + 1] = e;
}

const label = (n: number) => {
  const type = nodeTypes[snap.nodes[n * nodeWidth + TYPE]];
  const name = snap.strings[snap.nodes[n * nodeWidth + NAME]];
  return type === "object" ? name : `(${type}) ${name.slice(0, 40)}`;
};
const edgeLabel = (e: number) => {
  const type = edgeTypes[snap.edges[e + E_TYPE]];
  const nameOrIndex = snap.edges[e + E_NAME];
  return type === "element" || type === "hidden" ? `[${nameOrIndex}]` : `.${String(snap.strings[nameOrIndex]).slice(0, 40)}`;
};

// Breadth first from the root: each node's parent on a shortest strong path. A WeakMap entry's value
// ("part of key (K @id) -> value" edges) is reached only once its key K is: as the collector does.
const ID = node_fields.indexOf("id");
const byId = new Map<number, number>();
for (let n = 0; n < nodeCount; n++) byId.set(snap.nodes[n * nodeWidth + ID], n);
const parentNode = new Int32Array(nodeCount).fill(-1);
const parentEdge = new Int32Array(nodeCount).fill(-1);
const seen = new Uint8Array(nodeCount);
const queue = new Int32Array(nodeCount);
const waitingOnKey = new Map<number, { from: number; edge: number; to: number }[]>();
let head = 0;
let tail = 0;
const reach = (from: number, edge: number, to: number) => {
  if (seen[to]) return;
  seen[to] = 1;
  parentNode[to] = from;
  parentEdge[to] = edge;
  queue[tail++] = to;
  const waiting = waitingOnKey.get(to);
  if (waiting) {
    waitingOnKey.delete(to);
    for (const w of waiting) reach(w.from, w.edge, w.to);
  }
};
queue[tail++] = 0;
seen[0] = 1;
while (head < tail) {
  const n = queue[head++];
  for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += edgeWidth) {
    const type = edgeTypes[snap.edges[e + E_TYPE]];
    if (type === "weak") continue;
    const to = snap.edges[e + E_TO] / nodeWidth;
    if (seen[to]) continue;
    {
      const key = /part of key \([^@]*@(\d+)\) -> /.exec(String(snap.strings[snap.edges[e + E_NAME]]));
      const keyNode = key ? byId.get(Number(key[1])) : undefined;
      // The key's own edge to the value: the table's edge decides, once the key is reached too.
      if (keyNode === n) continue;
      if (keyNode !== undefined && !seen[keyNode]) {
        const list = waitingOnKey.get(keyNode) ?? [];
        list.push({ from: n, edge: e, to });
        waitingOnKey.set(keyNode, list);
        continue;
      }
    }
    reach(n, e, to);
  }
}

const shapes = new Map<string, { count: number; example: string }>();
let total = 0;
for (let n = 0; n < nodeCount; n++) {
  if (snap.strings[snap.nodes[n * nodeWidth + NAME]] !== wanted || nodeTypes[snap.nodes[n * nodeWidth + TYPE]] !== "object") continue;
  total++;
  const steps: string[] = [];
  for (let at = n; parentNode[at] !== -1 && steps.length < 60; at = parentNode[at])
    steps.push(`${label(parentNode[at])}${edgeLabel(parentEdge[at])}`);
  steps.reverse();
  const shape = steps.map((s) => s.replace(/\[\d+\]|\.\d+\b|@\d+/g, "#")).join(" -> ");
  const entry = shapes.get(shape) ?? { count: 0, example: steps.join("\n    -> ") };
  entry.count++;
  shapes.set(shape, entry);
}
console.log(`${total} ${wanted} objects; ${shapes.size} path shapes`);

// A path through a WeakMap holds only while the map's key lives: show what keeps the keys alive.
const pathTo = (n: number) => {
  const steps: string[] = [];
  for (let at = n; parentNode[at] !== -1 && steps.length < 60; at = parentNode[at])
    steps.push(`${label(parentNode[at])}${edgeLabel(parentEdge[at])}`);
  return steps.reverse().join("\n    -> ");
};
const keys = new Map<number, number>();
for (const [, { count, example }] of shapes) {
  for (const match of example.matchAll(/part of key \([^@]*@(\d+)/g)) keys.set(Number(match[1]), (keys.get(Number(match[1])) ?? 0) + count);
}
for (const [id, count] of [...keys].sort((a, b) => b[1] - a[1]).slice(0, 3)) {
  const n = byId.get(id);
  if (n !== undefined) console.log(`\nWeakMap key @${id} (${label(n)}), on ${count} paths, is kept by:\n    ${pathTo(n)}`);
}
for (const [, { count, example }] of [...shapes].sort((a, b) => b[1].count - a[1].count).slice(0, Number(shown))) {
  console.log(`\n${count} x\n    ${example}`);
}

// For the most common path: every object that points at the first object after a WeakMap entry, and what keeps each alive.
const [top] = [...shapes].sort((a, b) => b[1].count - a[1].count);
if (top && process.env.RETAINERS_OF_ENTRY) {
  for (let n = 0; n < nodeCount; n++) {
    if (snap.strings[snap.nodes[n * nodeWidth + NAME]] !== wanted) continue;
    const chain: number[] = [];
    for (let at = n; at !== -1; at = parentNode[at]) chain.push(at);
    chain.reverse();
    const i = chain.findIndex((_, k) => k > 0 && /part of key/.test(edgeLabel(parentEdge[chain[k]])));
    if (i < 0) continue;
    const value = chain[i];
    console.log(`\nRetainers of ${label(value)} (after ${edgeLabel(parentEdge[value])}):`);
    for (let from = 0; from < nodeCount; from++) {
      for (let e = firstEdge[from]; e < firstEdge[from + 1]; e += edgeWidth) {
        if (snap.edges[e + E_TO] / nodeWidth !== value) continue;
        console.log(`  ${label(from)}${edgeLabel(e)}  kept by:\n    ${pathTo(from)}`);
      }
    }
    break;
  }
}
