import { closeDatabase } from "../db";
import { prepareEnvironment } from "../env/prepare";
import { runAgencyCommand } from "./command";

/** The agency command as a process: runs one command, closes the database, returns the exit code. */
export async function agencyMain(argv: string[], cwd: string): Promise<number> {
  const code = await runAgencyCommand(argv, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
    cwd,
    prepare: async () => {
      await prepareEnvironment();
    },
  });
  await closeDatabase();
  return code;
}
