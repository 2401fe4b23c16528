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

const database = await startMemoryDatabase();
try {
  const sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", "--from-schema-datamodel", fromSchema, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
    { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
  );
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
} finally {
  await database.stop();
}
