import { describe, expect, it } from "vitest";
import { readerFor } from "@/lib/i18n/translator";
import { buildReceiptNumber, fiscalYearAndWorkday, parseReceiptNumber, RECEIPT_FORMAT_MESSAGE, receiptForTitle } from "./receipt-number";

describe("parseReceiptNumber", () => {
  it("accepts the bare form and the written forms, and stores it bare", () => {
    for (const written of ["EAC2612345678", "eac2612345678", "EAC-26-123-45678", " EAC 26 123 45678 "]) {
      expect(parseReceiptNumber(written)).toEqual({ ok: true, receiptNumber: "EAC2612345678" });
    }
  });
  it("refuses every malformed class with the wording people know", () => {
    for (const bad of [
      "EAC261234567",
      "EAC26123456789",
      "EA12612345678",
      "1232612345678",
      "EAC26123456O8",
      "EAC!612345678",
      "ÉAC2612345678",
      // Letters that upper-case into ASCII ones: dotless i, long s, sharp s.
      "lın2612345678",
      "ſrc2612345678",
      "ßC2612345678",
      "x".repeat(500),
    ]) {
      expect(parseReceiptNumber(bad)).toEqual({ ok: false, message: RECEIPT_FORMAT_MESSAGE });
    }
    const english = readerFor("en", "UTC");
    const missing = parseReceiptNumber("");
    expect(missing.ok || english.text(missing.message)).toBe("Enter the receipt number.");
    expect(parseReceiptNumber(undefined)).toEqual(missing);
    expect(english.text(RECEIPT_FORMAT_MESSAGE)).toContain("should be a total of 13 characters (3 character prefix followed by 10 digits)");
    expect(readerFor("es", "UTC").text(RECEIPT_FORMAT_MESSAGE)).toContain("debe tener un total de 13 caracteres");
  });
});

describe("building receipt numbers", () => {
  it("uses the fiscal year that starts on 1 October and the workday of that year", () => {
    expect(fiscalYearAndWorkday(new Date("2026-10-01T12:00:00Z"))).toEqual({ fiscalYear: 2027, workday: 1 });
    expect(fiscalYearAndWorkday(new Date("2026-10-05T12:00:00Z"))).toEqual({ fiscalYear: 2027, workday: 3 });
    expect(buildReceiptNumber("IOE", new Date("2026-10-05T12:00:00Z"), 42)).toBe("IOE2700300042");
  });

  it("counts days on the agency's calendar (Eastern), not UTC's", () => {
    // 9:30 PM in New York on Wednesday, September 30: still the last workday of fiscal year 2026.
    expect(fiscalYearAndWorkday(new Date("2026-10-01T01:30:00Z"))).toEqual({ fiscalYear: 2026, workday: 261 });
    expect(buildReceiptNumber("IOE", new Date("2026-10-01T01:30:00Z"), 7)).toBe("IOE2626100007");
    // Midnight there starts the new year.
    expect(fiscalYearAndWorkday(new Date("2026-10-01T04:00:00Z"))).toEqual({ fiscalYear: 2027, workday: 1 });
    // 8 PM on Friday, October 2 is still Friday there: workday 2, not Saturday's count.
    expect(fiscalYearAndWorkday(new Date("2026-10-03T00:00:00Z"))).toEqual({ fiscalYear: 2027, workday: 2 });
  });
});

describe("receiptForTitle", () => {
  it("gives the bare receipt number an address names, or null", () => {
    expect(receiptForTitle("eac-26-123-45678")).toBe("EAC2612345678");
    expect(receiptForTitle("EAC2612345678")).toBe("EAC2612345678");
    expect(receiptForTitle("not a receipt")).toBeNull();
    expect(receiptForTitle(["EAC2612345678"])).toBeNull();
    expect(receiptForTitle("<script>")).toBeNull();
  });
});
