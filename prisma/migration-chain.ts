// What prisma/new-migration.ts checks before it writes, and what prisma/migration-chain.test.ts
// checks on every `npm test`.
//
// The rule: the newest migration's schema.prisma is the schema the whole chain of migrations
// produces. new-migration.ts diffs that copy against prisma/schema.prisma to write the next
// migration, so a copy that misses an earlier change would make the next migration undo it.
// That happens after a merge: two branches each add a migration from the same parent, and the
// later one's copy does not have the earlier one's change. Offline we can diff two schema files
// but not a migrations folder (STACK.md), so the chain is checked pairwise where it breaks: the
// SQL that takes the second-newest copy to the newest copy must be in the newest migration.sql
// (a migration may hold more, e.g. a hand-written data step, but nothing of the diff may be
// missing). After such a merge the diff also drops the earlier branch's change, which the later
// migration never did, so the check fails. Resolve it by deleting the later migration's folder
// and running `npm run db:migration:new -- <its name>` again on top of the earlier one.
import fs from "node:fs";
import path from "node:path";

export type MigrationDir = { name: string; dir: string };

/** The migration folders, oldest first (their names start with a UTC time stamp). */
export function migrationDirs(migrationsDir: string): MigrationDir[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, "migration.sql")))
    .map((entry) => ({ name: entry.name, dir: path.join(migrationsDir, entry.name) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The SQL statements of a script, without comments and with whitespace collapsed, for comparing. */
export function sqlStatements(sql: string): string[] {
  return sql
    .split("\n")
    .map((line) => line.replace(/--.*$/, ""))
    .join("\n")
    .split(";")
    .map((statement) => statement.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

/** The statements of `diffSql` that `migrationSql` does not contain. */
export function missingStatements(diffSql: string, migrationSql: string): string[] {
  const present = new Set(sqlStatements(migrationSql));
  return sqlStatements(diffSql).filter((statement) => !present.has(statement));
}

/**
 * Whether two schema files describe the same database (line endings and trailing spaces aside).
 * The generator block and the datasource's url are left out: they say how the client is made and
 * where it connects, and no migration can change them.
 */
export function sameSchema(a: string, b: string): boolean {
  const normal = (text: string) =>
    text
      .replace(/\r\n/g, "\n")
      .replace(/^generator\s+\w+\s*\{[^}]*\}\n*/m, "")
      // Prisma 6 wanted the connection URL here; Prisma 7 keeps it in prisma.config.ts.
      .replace(/^\s*url\s*=\s*env\("DATABASE_URL"\)\s*\n/m, "")
      .replace(/[ \t]+$/gm, "")
      .trim();
  return normal(a) === normal(b);
}

export const MERGE_HELP =
  "Two migrations were probably made side by side (for example on two branches) and then merged: the newer one's schema copy " +
  "does not include the older one's change. Delete the newer migration's folder and run `npm run db:migration:new -- <its name>` " +
  "again, so it is made on top of the older one; then check its migration.sql.";
