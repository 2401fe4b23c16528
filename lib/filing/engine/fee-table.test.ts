import { describe, expect, it } from "vitest";
import { FEE_TABLE, feeDependsOnAnswers, feeFor, feeRow } from "./fee-table";

describe("fee table", () => {
  it("uses the row in force on the day on the agency's calendar (Eastern), from its first day", () => {
    // 11:59 PM on March 31 in New York is 03:59 UTC on April 1: the old fee still.
    expect(feeRow("I-765", "standard", new Date("2024-04-01T03:59:59Z")).onlineCents).toBe(41_000);
    expect(feeRow("I-765", "standard", new Date("2024-04-01T04:00:00Z")).onlineCents).toBe(47_000);
    expect(feeRow("I-765", "standard", new Date("2000-01-01T00:00:00Z")).from).toBe("2016-12-23");
  });

  it("records the rule with its effective date, or the row's own rule", () => {
    expect(feeFor("I-765", "standard", new Date("2026-01-01T00:00:00Z"), "why").rule).toBe("2024-04-01:I-765:standard");
    expect(feeFor("AR-11", "none", new Date("2026-01-01T00:00:00Z"), "why")).toEqual({
      onlineCents: 0,
      paperCents: 0,
      rule: "AR-11:none",
      reason: "why",
    });
  });

  it("keeps amounts in whole cents, never negative", () => {
    for (const row of FEE_TABLE) {
      expect(Number.isInteger(row.onlineCents) && row.onlineCents >= 0).toBe(true);
      expect(Number.isInteger(row.paperCents) && row.paperCents >= row.onlineCents).toBe(true);
      expect(row.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("says when a form's fee depends on the answers: kinds in force that day with different amounts", () => {
    expect(feeDependsOnAnswers("I-765", new Date("2026-12-01T12:00:00Z"))).toBe(true);
    expect(feeDependsOnAnswers("AR-11", new Date("2026-12-01T12:00:00Z"))).toBe(false);
    expect(feeDependsOnAnswers("I-90", new Date("2026-12-01T12:00:00Z"))).toBe(false);
    // Before the 2024 schedule only two I-765 kinds were in force ($410 and none); before any row, nothing.
    expect(feeDependsOnAnswers("I-765", new Date("2020-01-01T12:00:00Z"))).toBe(true);
    expect(feeDependsOnAnswers("I-765", new Date("2010-01-01T12:00:00Z"))).toBe(false);
  });

  it("refuses a kind it does not know", () => {
    expect(() => feeRow("I-765", "nope", new Date())).toThrow();
  });
});
