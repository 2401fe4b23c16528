// Applies the committed migrations to DATABASE_URL (or the embedded database when it is not set):
//   npm run db:migrate
import { applyMigrations } from "../lib/db/migrate";
import { prepareEnvironment } from "../lib/env/prepare";

const env = await prepareEnvironment({ migrateEmbedded: false });
const applied = await applyMigrations(env.DATABASE_URL!);
console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "The database is up to date.");
process.exit(0);
