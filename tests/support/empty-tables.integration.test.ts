// Self-test of emptyTables, which the integration setup runs before each test: a world with rows
// in most tables, rows that point at one another and a job in the queue, emptied to the last row.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { arrangeWorld } from "./authorization-world";
import { emptyTables } from "./empty-tables";

async function rowCounts(): Promise<Record<string, number>> {
  const tables = await db().$queryRaw<{ name: string }[]>`
    SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name FROM pg_tables
    WHERE (schemaname = 'public' AND tablename <> '_prisma_migrations')
       OR (schemaname = 'graphile_worker' AND tablename IN ('_private_jobs', '_private_job_queues', '_private_known_crontabs'))`;
  const counts = await db().$queryRawUnsafe<{ name: string; count: number }[]>(
    tables.map(({ name }) => `SELECT '${name.replace(/'/g, "''")}' AS name, count(*)::int AS count FROM ${name}`).join(" UNION ALL "),
  );
  return Object.fromEntries(counts.map(({ name, count }) => [name, count]));
}

describe("emptyTables", () => {
  it("empties every application table and the job queue, whatever points at what", async () => {
    const world = await arrangeWorld();
    // A row whose foreign key refuses to let its account go first (ON DELETE RESTRICT).
    await db().auditLog.create({ data: { actorId: world.people.officer.user.id, action: "case.status_added" } });
    // A job in a named queue: the queue's row is pointed at by the job's.
    await db().$executeRaw`SELECT graphile_worker.add_job('purge', '{"what":"sessions"}'::json, queue_name := 'empty-tables-test')`;
    const before = await rowCounts();
    const filled = Object.keys(before).filter((name) => before[name] > 0);
    // The world fills the tables that point at others and those they point at.
    expect(filled).toEqual(
      expect.arrayContaining([
        'public."User"',
        'public."AuditLog"',
        'public."Case"',
        'public."CaseEvent"',
        'public."Document"',
        "graphile_worker._private_jobs",
        "graphile_worker._private_job_queues",
      ]),
    );

    const warn = vi.spyOn(console, "warn");
    await emptyTables();

    // Deleted in an order the foreign keys allow, not truncated after a refusal.
    expect(warn).not.toHaveBeenCalled();
    const after = await rowCounts();
    expect(Object.entries(after).filter(([, count]) => count > 0)).toEqual([]);
    expect(Object.keys(after).length).toBe(Object.keys(before).length);
  });

  it("only asks, and deletes nothing, when every table is already empty", async () => {
    const transaction = vi.spyOn(db(), "$transaction");
    await emptyTables();
    expect(transaction).not.toHaveBeenCalled();
  });
});
