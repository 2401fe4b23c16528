// `npm run agency -- <command>`: see lib/agency/command.ts, or run it with --help.
import { agencyMain } from "../lib/agency/agency-main";

// npm runs scripts from the project folder; files go where the command was typed.
process.exit(await agencyMain(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd()));
