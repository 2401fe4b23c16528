import { describe, expect, it } from "vitest";
import { formatAccountNumber, parseAccountNumber } from "./account-number";

describe("account numbers", () => {
  it("are shown in groups of four", () => {
    expect(formatAccountNumber("012345678901")).toBe("0123 4567 8901");
  });

  it("are read back with or without spaces and dashes, and nothing else passes", () => {
    expect(parseAccountNumber("0123 4567 8901")).toBe("012345678901");
    expect(parseAccountNumber(" 0123-4567-8901 ")).toBe("012345678901");
    expect(parseAccountNumber("12345678901")).toBeNull();
    expect(parseAccountNumber("1234567890123")).toBeNull();
    expect(parseAccountNumber("EAC1234567890")).toBeNull();
  });
});
