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

// Breadth first from the root: each node's parent on a shortest strong path.
const parentNode = new Int32Array(nodeCount).fill(-1);
const parentEdge = new Int32Array(nodeCount).fill(-1);
const seen = new Uint8Array(nodeCount);
const queue = new Int32Array(nodeCount);
let head = 0;
let tail = 0;
queue[tail++] = 0;
seen[0] = 1;
while (head < tail) {
  const n = queue[head++];
  for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += edgeWidth) {
    if (edgeTypes[snap.edges[e + E_TYPE]] === "weak") continue;
    const to = snap.edges[e + E_TO] / nodeWidth;
    if (seen[to]) continue;
    seen[to] = 1;
    parentNode[to] = n;
    parentEdge[to] = e;
    queue[tail++] = to;
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
  const shape = steps.map((s) => s.replace(/\[\d+\]/g, "[n]")).join(" -> ");
  const entry = shapes.get(shape) ?? { count: 0, example: steps.join("\n    -> ") };
  entry.count++;
  shapes.set(shape, entry);
}
console.log(`${total} ${wanted} objects; ${shapes.size} path shapes`);
for (const [, { count, example }] of [...shapes].sort((a, b) => b[1].count - a[1].count).slice(0, Number(shown))) {
  console.log(`\n${count} x\n    ${example}`);
}
