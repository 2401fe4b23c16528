// `npm run agency -- <command>`: see lib/agency/command.ts, or run it with --help.
import { runAgencyCommand } from "../lib/agency/command";
import { prepareEnvironment } from "../lib/env/prepare";

let prepared = false;
const code = await runAgencyCommand(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  // npm runs scripts from the project folder; files go where the command was typed.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  prepare: async () => {
    await prepareEnvironment();
    prepared = true;
  },
});
if (prepared) {
  const { db } = await import("../lib/db");
  await db().$disconnect().catch(() => {});
}
process.exit(code);
