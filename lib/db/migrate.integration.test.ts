import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { queryDatabase } from "@/tests/support/database";
import { applyMigrations, listMigrations, MIGRATIONS_DIR } from "./migrate";

const url = () => process.env.DATABASE_URL!;

describe("applyMigrations", () => {
  it("lists every migration folder in order with the SHA-256 of its SQL", () => {
    const migrations = listMigrations();
    const folders = fs
      .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(migrations.map((m) => m.name)).toEqual(folders);
    for (const migration of migrations) {
      const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, migration.name, "migration.sql"), "utf8");
      expect(migration.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
    }
  });

  it("is idempotent: on the migrated test database a second run applies nothing", async () => {
    const before = await queryDatabase(`SELECT id, migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(await applyMigrations(url())).toEqual([]);
    expect(await applyMigrations(url())).toEqual([]);
    const after = await queryDatabase(`SELECT id, migration_name, checksum FROM "_prisma_migrations" ORDER BY migration_name`);
    expect(after).toEqual(before);
  });

  it("records each migration the way Prisma does, so `prisma migrate status` agrees", async () => {
    const rows = await queryDatabase<{
      migration_name: string;
      checksum: string;
      finished: boolean;
      rolled_back: boolean;
      applied_steps_count: number;
    }>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back, applied_steps_count
       FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows).toEqual(
      listMigrations().map((m) => ({
        migration_name: m.name,
        checksum: m.checksum,
        finished: true,
        rolled_back: false,
        applied_steps_count: 1,
      })),
    );
  });

  it("concurrent runs wait for each other (advisory lock) and apply nothing twice", async () => {
    expect(await Promise.all([applyMigrations(url()), applyMigrations(url())])).toEqual([[], []]);
  });

  it("refuses to continue when an applied migration was edited afterwards", async () => {
    const [first] = listMigrations();
    await queryDatabase(`UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, ["0".repeat(64), first.name]);
    try {
      await expect(applyMigrations(url())).rejects.toThrow(`Migration ${first.name} was changed after it was applied`);
    } finally {
      await queryDatabase(`UPDATE "_prisma_migrations" SET checksum = $1 WHERE migration_name = $2`, [first.checksum, first.name]);
    }
    expect(await applyMigrations(url())).toEqual([]);
  });
});
