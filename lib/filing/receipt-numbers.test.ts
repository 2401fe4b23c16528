import { describe, expect, it } from "vitest";
import { parseReceiptNumber } from "../cases/receipt-number";
import { isConfirmationNumber, newConfirmationNumber, newOnlineReceiptNumber } from "./receipt-numbers";

describe("the numbers of a submitted filing", () => {
  it("an online receipt number is IOE and 10 digits, with the fiscal year and workday of the day", () => {
    const at = new Date("2026-12-02T10:00:00Z");
    const receipt = newOnlineReceiptNumber(at);
    expect(receipt).toMatch(/^IOE27\d{8}$/);
    expect(parseReceiptNumber(receipt)).toEqual({ ok: true, receiptNumber: receipt });
  });

  it("a confirmation number is the form number and 10 random Crockford characters", () => {
    const numbers = new Set(Array.from({ length: 200 }, () => newConfirmationNumber("AR-11")));
    expect(numbers.size).toBe(200);
    for (const number of numbers) {
      expect(number).toMatch(/^AR11-[0-9A-HJKMNP-TV-Z]{10}$/);
      expect(isConfirmationNumber(number)).toBe(true);
    }
    expect(newConfirmationNumber("I-765")).toMatch(/^I765-/);
    expect(isConfirmationNumber("AR11-ILOU000000")).toBe(false);
  });
});
