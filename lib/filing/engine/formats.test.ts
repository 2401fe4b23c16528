import { describe, it } from "vitest";
import { english, expectEnglish } from "./test-fixtures/english";
import { RECEIPT_FORMAT_MESSAGE } from "@/lib/cases/receipt-number";
import {
  datePartsOf,
  formatPhone,
  parseANumber,
  parseDateParts,
  parseEmail,
  parseI94,
  parsePhone,
  parseReceipt,
  parseSsn,
  parseZip,
  zipFitsState,
  zipStateMessage,
} from "./formats";

const value = (result: { ok: boolean; value?: string; message?: string }) =>
  result.ok ? result.value : `! ${english(result.message ?? "")}`;

describe("dates in three boxes", () => {
  it("stores a real date as YYYY-MM-DD and splits it back", () => {
    expectEnglish(value(parseDateParts({ day: "4", month: "3", year: "1990" }, "Date of birth"))).toBe("1990-03-04");
    expectEnglish(value(parseDateParts({ day: "29", month: "02", year: "2024" }, "D"))).toBe("2024-02-29");
    expectEnglish(datePartsOf("1990-03-04")).toEqual({ day: "4", month: "3", year: "1990" });
    expectEnglish(datePartsOf(["x"])).toEqual({ day: "", month: "", year: "" });
  });

  it("is empty when all three boxes are", () => {
    expectEnglish(parseDateParts({ day: "", month: " ", year: "" }, "D")).toEqual({ ok: true, value: "" });
  });

  it("refuses dates that do not exist, with the question's name in the message", () => {
    for (const [day, month, year] of [
      ["31", "4", "2020"],
      ["29", "2", "2023"],
      ["0", "1", "2020"],
      ["1", "13", "2020"],
      ["1", "1", "1200"],
    ]) {
      expectEnglish(value(parseDateParts({ day, month, year }, "Date of birth"))).toBe(
        '! The date for "Date of birth" must be a real date, like 27 3 2007.',
      );
    }
  });

  it("says which part is missing, and refuses words and short years", () => {
    expectEnglish(value(parseDateParts({ day: "1", month: "", year: "" }, "D"))).toBe('! The date for "D" must include a month and year.');
    expectEnglish(value(parseDateParts({ day: "1", month: "March", year: "1990" }, "D"))).toContain("in numbers");
    expectEnglish(value(parseDateParts({ day: "1", month: "3", year: "90" }, "D"))).toContain("4 digits");
  });
});

describe("numbers", () => {
  it("A-Number: A and 8 or 9 digits, stored with 9", () => {
    expectEnglish(value(parseANumber("A12345678"))).toBe("A012345678");
    expectEnglish(value(parseANumber("a-123-456-789"))).toBe("A123456789");
    expectEnglish(value(parseANumber("123456789"))).toBe("A123456789");
    for (const bad of ["A1234567", "A1234567890", "B123456789", "A12345678X"]) expectEnglish(parseANumber(bad).ok).toBe(false);
  });

  it("SSN: 9 digits, never-issued ranges refused", () => {
    expectEnglish(value(parseSsn("123456789"))).toBe("123-45-6789");
    expectEnglish(value(parseSsn("123 45 6789"))).toBe("123-45-6789");
    for (const bad of ["12345678", "000-12-3456", "666-12-3456", "900-12-3456", "123-00-4567", "123-45-0000"])
      expectEnglish(parseSsn(bad).ok).toBe(false);
  });

  it("ZIP: 5 or 9 digits, and a fit with the state", () => {
    expectEnglish(value(parseZip("20500"))).toBe("20500");
    expectEnglish(value(parseZip("205000003"))).toBe("20500-0003");
    expectEnglish(value(parseZip("20500 0003"))).toBe("20500-0003");
    for (const bad of ["2050", "205001", "ABCDE", "20500-03"]) expectEnglish(parseZip(bad).ok).toBe(false);
    expectEnglish(zipFitsState("20500", "DC")).toBe(true);
    expectEnglish(zipFitsState("10001", "NY")).toBe(true);
    expectEnglish(zipFitsState("02139", "MA")).toBe(true);
    expectEnglish(zipFitsState("90210", "CA")).toBe(true);
    expectEnglish(zipFitsState("00901", "PR")).toBe(true);
    expectEnglish(zipFitsState("90210", "NY")).toBe(false);
    expectEnglish(zipStateMessage("90210", "NY")).toBe("This ZIP code is not one used in New York. Check the ZIP code and the state.");
    expectEnglish(zipStateMessage("90210", "")).toBe("Choose the state for this ZIP code.");
    expectEnglish(zipStateMessage("", "NY")).toBeNull();
  });

  it("I-94: 11 characters", () => {
    expectEnglish(value(parseI94("12345678901"))).toBe("12345678901");
    expectEnglish(value(parseI94("123456789a1"))).toBe("123456789A1");
    for (const bad of ["1234567890", "123456789012", "ABCDEFGHIJK", "12345678A01"]) expectEnglish(parseI94(bad).ok).toBe(false);
  });

  it("receipt numbers use the cases' parser and its 13-character message", () => {
    expectEnglish(value(parseReceipt("eac-26-123-45678"))).toBe("EAC2612345678");
    expectEnglish(value(parseReceipt("EAC123"))).toBe(`! ${english(RECEIPT_FORMAT_MESSAGE)}`);
  });

  it("email and phone", () => {
    expectEnglish(parseEmail("ana@example.com").ok).toBe(true);
    expectEnglish(parseEmail("ana@").ok).toBe(false);
    expectEnglish(value(parsePhone("(202) 555-0143"))).toBe("+12025550143");
    expectEnglish(value(parsePhone("+44 20 7946 0958"))).toBe("+442079460958");
    expectEnglish(parsePhone("555").ok).toBe(false);
    expectEnglish(parsePhone("call me").ok).toBe(false);
    expectEnglish(formatPhone("+12025550143")).toBe("(202) 555-0143");
    expectEnglish(formatPhone("+442079460958")).toBe("+44 20 7946 0958");
  });
});
