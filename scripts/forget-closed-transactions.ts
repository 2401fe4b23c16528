// Run after `npm install` (postinstall). Prisma's client keeps its last 100 closed transactions, the
// internal ones it opens for a nested write included, to word the error for a late query on one. Each
// keeps a promise made inside the request that ran it, and with it that request's async context:
// Next.js's stores, the request and the response, and through them other requests (about 860
// finished requests, 90 MiB, under load; heap snapshots in README "Speed and memory"). This sets the
// number kept to 0 in the installed runtime: a late query on a closed transaction is still refused
// (P2028, "Transaction not found"). Prisma's version is pinned; on another version whose runtime has
// no such list, this says so and changes nothing, and on one whose list looks different, it fails.
import fs from "node:fs";
import path from "node:path";

const RUNTIME = path.join(process.cwd(), "node_modules", "@prisma", "client", "runtime");
const LIMIT = /this\.closedTransactions\.length>([A-Za-z_$][\w$]*)&&this\.closedTransactions\.shift\(\)/;

let lists = 0;
let changed = 0;
for (const file of ["client.js", "wasm-compiler-edge.js"].map((name) => path.join(RUNTIME, name))) {
  if (!fs.existsSync(file)) continue;
  const source = fs.readFileSync(file, "utf8");
  if (!source.includes("closedTransactions")) continue;
  lists++;
  const limit = LIMIT.exec(source)?.[1];
  const definition = limit ? new RegExp(`\\b${limit.replace("$", "\\$")}=(\\d+),`) : null;
  const current = definition?.exec(source);
  if (!limit || !current || source.split(current[0]).length !== 2) {
    console.error(
      `${path.relative(process.cwd(), file)}: Prisma's closed-transaction list is not where it was; see scripts/forget-closed-transactions.ts.`,
    );
    process.exit(1);
  }
  if (current[1] === "0") continue;
  fs.writeFileSync(file, source.replace(current[0], `${limit}=0,`));
  changed++;
}
if (lists === 0) console.log("Prisma's runtime keeps no list of closed transactions: nothing to change.");
else console.log(`Prisma keeps no closed transactions (${changed} of ${lists} runtime files changed now).`);
