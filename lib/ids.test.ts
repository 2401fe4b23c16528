import { describe, expect, it } from "vitest";
import { isId, zId } from "./ids";

describe("record ids", () => {
  it("accepts database UUIDs in either case and lower-cases them", () => {
    expect(zId.parse("0B4A1E2C-8F3D-4A5B-9C6D-7E8F9A0B1C2D")).toBe("0b4a1e2c-8f3d-4a5b-9c6d-7e8f9a0b1c2d");
    expect(isId("00000000-0000-0000-0000-000000000000")).toBe(true);
  });

  it("refuses anything else without throwing", () => {
    for (const value of ["", "1", "0b4a1e2c-8f3d-4a5b-9c6d", "' OR 1=1 --", null, 7, ["0b4a1e2c-8f3d-4a5b-9c6d-7e8f9a0b1c2d"]]) {
      expect(isId(value)).toBe(false);
    }
  });
});
