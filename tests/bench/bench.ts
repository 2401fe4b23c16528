// `npm run bench` (after `npm run build`): every HTTP benchmark in turn against the built portal on
// a scratch PostgreSQL database each, then the first-load JavaScript per page; at the end, every
// ratio again with its goal. Each part prints the load average at its start: on a shared machine
// the figures are only as quiet as the machine.
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { loadAverage, requireBuild } from "./http-bench";

const PARTS = [
  ["sign-in", "tests/bench/sign-in.ts"],
  ["CPU per request", "tests/bench/request-cpu.ts"],
  ["pages", "tests/bench/pages.ts"],
  ["database size", "tests/bench/database-size.ts"],
  ["memory", "tests/bench/memory.ts"],
  ["first-load JavaScript", "tests/bench/first-load-js.ts"],
] as const;

function run(file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", file], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on("exit", (code) => resolve({ code, output }));
  });
}

requireBuild();
const started = performance.now();
console.log(`npm run bench: ${new Date().toISOString()}, load average ${loadAverage()}`);
const ratios: string[] = [];
let failed = 0;
for (const [name, file] of PARTS) {
  const { code, output } = await run(file);
  if (code !== 0) {
    failed++;
    ratios.push(`${name}: FAILED (exit code ${code})`);
  }
  ratios.push(...output.split("\n").filter((line) => line.startsWith("RATIO ")));
}
console.log(
  `\n== Every ratio against its goal (${((performance.now() - started) / 60_000).toFixed(1)} minutes; load average now ${loadAverage()}) ==`,
);
for (const line of ratios) console.log(line);
process.exit(failed ? 1 : 0);
