import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type Ended = { code: number; output: string };

/**
 * Starts a command of the test runners (tests/run-all.ts, tests/run-integration.ts). With `logFile`,
 * its output goes to that file and comes back whole when it ends, so commands run at the same time
 * do not interleave their lines; without, it shares this terminal.
 */
export function spawnLogged(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile?: string,
): { child: ChildProcess; ended: Promise<Ended> } {
  let log: number | null = null;
  if (logFile) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    log = fs.openSync(logFile, "w");
  }
  const child = spawn(command, args, { stdio: log === null ? "inherit" : ["ignore", log, log], env });
  const ended = new Promise<Ended>((resolve) => {
    const done = (code: number) => {
      let output = "";
      if (log !== null) {
        fs.closeSync(log);
        log = null;
        output = fs.readFileSync(logFile!, "utf8");
      }
      resolve({ code, output });
    };
    child.once("exit", (code, signal) => done(code ?? (signal ? 1 : 0)));
    child.once("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      done(1);
    });
  });
  return { child, ended };
}
