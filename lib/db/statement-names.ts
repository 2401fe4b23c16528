import { createHash } from "node:crypto";

export type StatementNameOptions = {
  /** Runs of one SQL text in this process before it gets a name. */
  after?: number;
  /** Most texts named; the rest stay unnamed. */
  most?: number;
  /** Most texts counted while they are not yet named; past it the count starts over. */
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
  const names = new Map<string, string>();
  const runs = new Map<string, number>();
  return ({ sql }: { sql: string }): string | undefined => {
    const known = names.get(sql);
    if (known !== undefined || names.size >= most) return known;
    const count = (runs.get(sql) ?? 0) + 1;
    if (count < after) {
      // A full count starts over: frequent texts soon come back to it, rare ones do not.
      if (runs.size >= tracked) runs.clear();
      runs.set(sql, count);
      return undefined;
    }
    runs.delete(sql);
    const name = `p_${createHash("sha256").update(sql).digest("base64url").slice(0, 40)}`;
    names.set(sql, name);
    return name;
  };
}
