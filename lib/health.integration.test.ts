import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMigrations } from "@/lib/db/migrate";
import { checkReadiness } from "./health";
import { shutDown } from "./ops/lifecycle";

// /api/ready's decision on the migrated test database.

describe("readiness", () => {
  const newest = listMigrations().at(-1)!.name;
  let removed: Record<string, unknown>[] = [];

  afterEach(async () => {
    for (const row of removed) {
      await db().$executeRaw`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
        VALUES (${row.id}, ${row.checksum}, ${row.finished_at}, ${row.migration_name}, ${row.started_at}, ${row.applied_steps_count})`;
    }
    removed = [];
  });

  it("is ready when the database answers and has every migration this release ships", async () => {
    expect(await checkReadiness()).toEqual({ ok: true });
  });

  it("is not ready, saying why, when the newest migration is not applied", async () => {
    removed = await db().$queryRaw<Record<string, unknown>[]>`
      DELETE FROM "_prisma_migrations" WHERE migration_name = ${newest}
      RETURNING id, checksum, finished_at, migration_name, started_at, applied_steps_count`;
    expect(removed).toHaveLength(1);
    expect(await checkReadiness()).toEqual({ ok: false, reason: `database schema behind: 1 migration(s) not applied, newest ${newest}` });
  });

  it("is ready when the database has a migration this release does not know (a newer release migrated first)", async () => {
    await db().$executeRaw`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
      VALUES ('newer-release', 'x', now(), '29991231000000_from_a_newer_release', 1)`;
    removed = [];
    try {
      expect(await checkReadiness()).toEqual({ ok: true });
    } finally {
      await db().$executeRaw`DELETE FROM "_prisma_migrations" WHERE id = 'newer-release'`;
    }
  });

  it("is not ready once the instance is stopping", async () => {
    await shutDown();
    expect(await checkReadiness()).toEqual({ ok: false, reason: "shutting down" });
  });
});
