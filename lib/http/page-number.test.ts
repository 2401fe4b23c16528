import { describe, expect, it } from "vitest";
import { parsePageNumber } from "./page-number";

describe("a ?page= value", () => {
  it("reads a page number, and the first of repeated values", () => {
    expect(parsePageNumber("3")).toBe(3);
    expect(parsePageNumber(["2", "5"])).toBe(2);
  });

  it("falls back to the first page for anything else", () => {
    for (const bad of [undefined, "", "0", "-1", "1.5", "two", "9999999", ["x"], 4]) expect(parsePageNumber(bad), String(bad)).toBe(1);
  });
});
