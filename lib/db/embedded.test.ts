import pg from "pg";
import { describe, expect, it } from "vitest";
import { startMemoryDatabase } from "./embedded";

// The embedded engine's server, as `npm run dev` and the browser tests use it: two portals (4
// connections each at most) and a test's own connections at the same time.

describe("the embedded database server", () => {
  it("takes a dozen connections at once and answers each", async () => {
    const database = await startMemoryDatabase();
    const clients = Array.from({ length: 12 }, () => new pg.Client({ connectionString: database.url }));
    try {
      await Promise.all(clients.map((client) => client.connect()));
      const answers = await Promise.all(
        clients.map(async (client, n) => (await client.query<{ n: number }>("SELECT $1::int AS n", [n])).rows[0].n),
      );
      expect(answers).toEqual(clients.map((_, n) => n));
    } finally {
      await Promise.all(clients.map((client) => client.end().catch(() => {})));
      await database.stop();
    }
  }, 60_000);
});
