import { describe, expect, it } from "vitest";
import { db } from "../db";

// Frequent queries run as named prepared statements on PostgreSQL (lib/db/statement-names.ts), and
// unnamed on the embedded database, whose connections share one session.
const embedded = process.env.DATABASE_POOL_MAX === "1";

describe("prepared statements", () => {
  it(embedded ? "are not named on the embedded database" : "are named once a query has run ten times", async () => {
    const prepared = await db().$transaction(async (tx) => {
      for (let i = 0; i < 12; i++) {
        expect(await tx.user.findFirst({ where: { email: `nobody-${i}@example.test` }, select: { id: true } })).toBeNull();
      }
      return tx.$queryRaw<{ name: string; statement: string }[]>`
        SELECT name, statement FROM pg_prepared_statements WHERE statement LIKE '%"User"%' AND statement LIKE '%"email"%'`;
    });
    if (embedded) expect(prepared).toEqual([]);
    else {
      expect(prepared).toHaveLength(1);
      expect(prepared[0].name).toMatch(/^p_[\w-]{40}$/);
    }
  });
});
