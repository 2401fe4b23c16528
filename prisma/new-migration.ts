// Writes the next migration: the SQL that takes the schema of the newest migration to the current
// prisma/schema.prisma. Each migration keeps a copy of the schema it was made from, because the
// offline WASM engine can diff two schema files but not a migrations folder (STACK.md).
//   npm run db:migration:new -- add_cases
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startMemoryDatabase } from "../lib/db/embedded";
import { MIGRATIONS_DIR, listMigrations } from "../lib/db/migrate";
import { MERGE_HELP, migrationDirs, missingStatements } from "./migration-chain";

class Refused extends Error {}

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:migration:new -- <name>");
  process.exit(2);
}

const previous = listMigrations().at(-1);
const fromSchema = previous
  ? path.join(MIGRATIONS_DIR, previous.name, "schema.prisma")
  : path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-")), "empty.prisma");
if (!previous) {
  fs.writeFileSync(fromSchema, 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n');
}

// Prisma 6's CLI, from the npm registry on first use: its schema engine is WebAssembly, where Prisma
// 7's is a native binary downloaded from a host these machines cannot reach.
const MIGRATE_DIFF_CLI = ["--yes", "--package=prisma@6.19.3", "--", "prisma"];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "schema-diff-"));
/** Prisma 6's CLI wants the datasource's url in the schema, which Prisma 7 keeps in prisma.config.ts. */
function withUrl(file: string, as: string): string {
  const text = fs.readFileSync(file, "utf8");
  if (/^\s*url\s*=/m.test(text)) return file;
  const copy = path.join(scratch, as);
  fs.writeFileSync(copy, text.replace(/(datasource\s+\w+\s*\{)/, '$1\n  url = env("DATABASE_URL")'));
  return copy;
}
const database = await startMemoryDatabase();
const diff = (from: string, to: string) =>
  execFileSync(
    "npx",
    [
      ...MIGRATE_DIFF_CLI,
      "migrate",
      "diff",
      "--config",
      "prisma/migrate-diff.config.ts",
      "--from-schema-datamodel",
      withUrl(from, "from.prisma"),
      "--to-schema-datamodel",
      withUrl(to, "to.prisma"),
      "--script",
    ],
    {
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
try {
  // The newest schema copy must be what the chain produces (the rule: prisma/migration-chain.ts).
  const [older, newest] = migrationDirs(MIGRATIONS_DIR).slice(-2);
  if (older && newest) {
    const missing = missingStatements(
      diff(path.join(older.dir, "schema.prisma"), path.join(newest.dir, "schema.prisma")),
      fs.readFileSync(path.join(newest.dir, "migration.sql"), "utf8"),
    );
    if (missing.length > 0) {
      console.error(
        `Refusing to write a migration: the schema copy in ${newest.name} does not follow from ${older.name} by its migration.sql ` +
          `(missing: ${missing.slice(0, 3).join("; ")}${missing.length > 3 ? "; ..." : ""}).\n${MERGE_HELP}`,
      );
      process.exitCode = 2;
      throw new Refused();
    }
  }
  const sql = diff(fromSchema, "prisma/schema.prisma");
  if (!sql.trim() || sql.includes("This is an empty migration")) {
    console.log("The schema has not changed since the last migration.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    fs.copyFileSync("prisma/schema.prisma", path.join(dir, "schema.prisma"));
    fs.writeFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} catch (error) {
  if (!(error instanceof Refused)) throw error;
} finally {
  await database.stop();
}
