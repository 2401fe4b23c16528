import { describe, expect, it } from "vitest";
import { pageWindow, parsePageNumber } from "./page-number";

describe("a ?page= value", () => {
  it("reads a page number, and the first of repeated values", () => {
    expect(parsePageNumber("3")).toBe(3);
    expect(parsePageNumber(["2", "5"])).toBe(2);
  });

  it("falls back to the first page for anything else", () => {
    for (const bad of [undefined, "", "0", "-1", "1.5", "two", "9999999", ["x"], 4]) expect(parsePageNumber(bad), String(bad)).toBe(1);
  });
});

describe("pageWindow", () => {
  it("skips the pages before the one asked for", () => {
    expect(pageWindow(45, 2, 20)).toEqual({ page: 2, pageCount: 3, skip: 20, take: 20 });
  });

  it("shows the last page for one past the end, and one empty page for an empty list", () => {
    expect(pageWindow(45, 9, 20)).toEqual({ page: 3, pageCount: 3, skip: 40, take: 20 });
    expect(pageWindow(0, 4, 20)).toEqual({ page: 1, pageCount: 1, skip: 0, take: 20 });
    expect(pageWindow(40, 0, 20)).toEqual({ page: 1, pageCount: 2, skip: 0, take: 20 });
  });
});
