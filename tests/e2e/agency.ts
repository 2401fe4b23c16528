// The agency command as people run it, against the browser-test run's database.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { DB_STATE_FILE, portalEnv } from "./e2e-env";

/** A TypeScript script of the project, run as the agency command is, against the run's database; its stdout. */
export async function runProjectScript(script: string, args: string[]): Promise<string> {
  const { url, engine } = JSON.parse(fs.readFileSync(DB_STATE_FILE, "utf8")) as { url: string; engine: string };
  const env = {
    ...process.env,
    ...portalEnv(url),
    ...(engine === "embedded" ? { DATABASE_POOL_MAX: "1" } : {}),
    INIT_CWD: path.join(process.cwd(), "test-results"),
  };
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["--conditions=react-server", script, ...args], { env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${script} ${args[0] ?? ""} exited with ${code}: ${stderr}`)),
    );
  });
}

export function runAgency(args: string[]): Promise<string> {
  return runProjectScript("scripts/agency.ts", args);
}

/** create-case: the receipt number and Online Access Code it printed. */
export async function agencyCreateCase(form: string, name: string): Promise<{ receiptNumber: string; accessCode: string }> {
  const out = await runAgency(["create-case", "--form", form, "--name", name]);
  const receiptNumber = out.match(/^Receipt number: (\S+)$/m)?.[1];
  const accessCode = out.match(/^Online Access Code: (\S+)$/m)?.[1];
  if (!receiptNumber || !accessCode) throw new Error(`Unexpected create-case output: ${out}`);
  return { receiptNumber, accessCode };
}
