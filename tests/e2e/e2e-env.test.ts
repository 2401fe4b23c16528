import { describe, expect, it } from "vitest";
import { workerCount } from "./e2e-env";

describe("E2E_WORKERS", () => {
  it("takes a whole number from 1 to 99", () => {
    expect(workerCount("1")).toBe(1);
    expect(workerCount("2")).toBe(2);
    expect(workerCount("99")).toBe(99);
  });

  it("refuses anything else by name", () => {
    for (const raw of ["abc", "0", "100", "-1", "1.5", " 2", "02", ""]) {
      expect(() => workerCount(raw), raw).toThrow(`E2E_WORKERS must be a whole number from 1 to 99 (got "${raw}")`);
    }
  });
});
