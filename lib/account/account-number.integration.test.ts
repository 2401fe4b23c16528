import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MIGRATIONS_DIR } from "@/lib/db/migrate";
import { createUser, sessionFor } from "@/tests/support/factories";
import { queryDatabase } from "@/tests/support/database";
import { accountNumberOf } from "./account-number-of";

const MIGRATION = "20261202070252_account_numbers_name_search";

describe("account numbers", () => {
  it("every new account gets 12 digits at creation, unrelated to its id, and no two accounts share one", async () => {
    const users = await Promise.all(Array.from({ length: 25 }, () => createUser("COMPLETE")));
    const rows = await db().user.findMany({ where: { id: { in: users.map((u) => u.id) } }, select: { id: true, accountNumber: true } });
    expect(rows).toHaveLength(25);
    for (const row of rows) {
      expect(row.accountNumber).toMatch(/^\d{12}$/);
      expect(row.id.replace(/\D/g, "")).not.toContain(row.accountNumber);
    }
    expect(new Set(rows.map((row) => row.accountNumber)).size).toBe(25);

    const session = await sessionFor(users[0].id, "FULL");
    expect(await accountNumberOf(session)).toBe(rows.find((row) => row.id === users[0].id)!.accountNumber);
  });

  it("the database refuses a second account with the same number", async () => {
    const [a, b] = [await createUser("COMPLETE"), await createUser("COMPLETE")];
    const { accountNumber } = await db().user.findUniqueOrThrow({ where: { id: a.id }, select: { accountNumber: true } });
    await expect(db().user.update({ where: { id: b.id }, data: { accountNumber } })).rejects.toMatchObject({ code: "P2002" });
  });

  it("the migration gives every existing account its own number", async () => {
    // The migration's own statement, run on a copy of accounts made before it (no accountNumber yet).
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, MIGRATION, "migration.sql"), "utf8");
    const addColumn = /ALTER TABLE "User" ADD COLUMN[^;]+;/.exec(sql)?.[0];
    expect(addColumn).toBeDefined();
    const table = `before_account_numbers_${Date.now()}`;
    await queryDatabase(`CREATE TABLE "${table}" (id uuid PRIMARY KEY, email text NOT NULL)`);
    try {
      await queryDatabase(
        `INSERT INTO "${table}" SELECT gen_random_uuid(), 'old' || n || '@example.com' FROM generate_series(1, 500) AS n`,
      );
      await queryDatabase(addColumn!.replace('"User"', `"${table}"`));
      const [summary] = await queryDatabase<{ total: number; distinct: number; well_formed: number }>(
        `SELECT count(*)::int AS total, count(DISTINCT "accountNumber")::int AS distinct,
                count(*) FILTER (WHERE "accountNumber" ~ '^[0-9]{12}$')::int AS well_formed FROM "${table}"`,
      );
      expect(summary).toEqual({ total: 500, distinct: 500, well_formed: 500 });
    } finally {
      await queryDatabase(`DROP TABLE "${table}"`);
    }
  });
});
