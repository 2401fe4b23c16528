import { describe, expect, it } from "vitest";
import { statementNames } from "./statement-names";

const run = (name: ReturnType<typeof statementNames>, sql: string, times: number) => Array.from({ length: times }, () => name({ sql }));

describe("statementNames", () => {
  it("names a text from its `after`-th run on, always with the same name", () => {
    const name = statementNames({ after: 3 });
    const names = run(name, "SELECT 1", 5);
    expect(names.slice(0, 2)).toEqual([undefined, undefined]);
    expect(names[2]).toMatch(/^p_[\w-]{40}$/);
    expect(new Set(names.slice(2)).size).toBe(1);
  });

  it("gives different texts different names, and the same text the same name in another process", () => {
    const a = run(statementNames({ after: 1 }), "SELECT 1", 1)[0];
    const b = run(statementNames({ after: 1 }), "SELECT 2", 1)[0];
    expect(a).not.toBe(b);
    expect(run(statementNames({ after: 1 }), "SELECT 1", 1)[0]).toBe(a);
  });

  it("names at most `most` texts; the rest run unnamed", () => {
    const name = statementNames({ after: 1, most: 2 });
    expect(run(name, "SELECT 1", 1)[0]).toBeDefined();
    expect(run(name, "SELECT 2", 1)[0]).toBeDefined();
    expect(run(name, "SELECT 3", 3)).toEqual([undefined, undefined, undefined]);
    expect(run(name, "SELECT 1", 1)[0]).toBeDefined();
  });

  it("counts at most `tracked` unnamed texts, then starts over, so rare texts cannot keep a frequent one from its name", () => {
    const name = statementNames({ after: 3, tracked: 2 });
    run(name, "SELECT 1", 1);
    run(name, "SELECT 2", 1);
    const frequent = run(name, "SELECT 3", 3);
    expect(frequent.slice(0, 2)).toEqual([undefined, undefined]);
    expect(frequent[2]).toBeDefined();
  });
});
