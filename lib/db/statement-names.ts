import { createHash } from "node:crypto";

export type StatementNameOptions = {
  /** Runs of one SQL text in this process before it gets a name. */
  after?: number;
  /** Most texts named; the rest stay unnamed. */
  most?: number;
  /** Most texts counted while they are not yet named. */
  tracked?: number;
};

/**
 * Names for the PostgreSQL adapter's prepared statements. A named statement is parsed once per
 * connection and PostgreSQL may keep its plan; an unnamed one is parsed and planned on every run.
 * Planning the case page's query costs about four times running it (pg_stat_statements: 1.7 ms
 * against 0.4 ms). A connection keeps each statement it has prepared until it closes (the case
 * page's, with its plan, takes about 0.7 MB there), so only frequent texts are named, and at most
 * `most` of them. The same text always gets the same name. undefined = run it unnamed.
 */
export function statementNames({ after = 10, most = 100, tracked = 500 }: StatementNameOptions = {}) {
  const seen = new Map<string, number | string>();
  let named = 0;
  return ({ sql }: { sql: string }): string | undefined => {
    const entry = seen.get(sql);
    if (typeof entry === "string") return entry;
    const runs = (entry ?? 0) + 1;
    if (runs >= after && named < most) {
      const name = `p_${createHash("sha256").update(sql).digest("base64url").slice(0, 40)}`;
      seen.set(sql, name);
      named++;
      return name;
    }
    if (entry !== undefined || seen.size < tracked) seen.set(sql, runs);
    return undefined;
  };
}
