import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site", () => {
    expect(safeReturnPath("/settings/password")).toBe("/settings/password");
    expect(safeReturnPath("/settings?x=1")).toBe("/settings?x=1");
  });
  it("refuses other origins and odd values", () => {
    for (const bad of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "settings",
      "",
      null,
      42,
      "/a\nb",
      "/" + "a".repeat(400),
    ]) {
      expect(safeReturnPath(bad)).toBe("/settings");
    }
  });
});
