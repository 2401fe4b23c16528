// Reads (or, sparingly, arranges) rows in the portal's database from a test, over plain `pg`, at
// process.env.DATABASE_URL. One short connection per call, so nothing stays open between checks.
import pg from "pg";

export async function queryDatabase<Row extends Record<string, unknown> = Record<string, unknown>>(
  sql: string,
  params: unknown[] = [],
  databaseUrl = process.env.DATABASE_URL,
): Promise<Row[]> {
  if (!databaseUrl) throw new Error("queryDatabase: DATABASE_URL is not set (the test database's URL).");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const result = await client.query<Row>(sql, params);
    return result.rows;
  } finally {
    await client.end();
  }
}
