import { describe, expect, it } from "vitest";
import { readerFor } from "../i18n/translator";
import { maskEmail, maskPhone, parseUsMobileNumber as parse } from "./phone";

const english = readerFor("en", "UTC");
/** The result as an English reader sees it. */
const parseUsMobileNumber = (input: string) => {
  const result = parse(input);
  return result.ok ? result : { ok: false as const, message: english.text(result.message) };
};

describe("parseUsMobileNumber", () => {
  it("turns the usual ways of writing a U.S. number into E.164", () => {
    for (const input of [
      "(202) 555-0143",
      "202-555-0143",
      "202.555.0143",
      "2025550143",
      "+1 202 555 0143",
      "1 (202) 555-0143",
      "  202 555 0143  ",
    ]) {
      expect(parseUsMobileNumber(input), input).toEqual({ ok: true, e164: "+12025550143" });
    }
  });

  it("refuses an empty value", () => {
    expect(parseUsMobileNumber("   ")).toEqual({ ok: false, message: "Enter a U.S. mobile phone number." });
  });

  it("refuses letters, extensions and other characters", () => {
    for (const input of ["202-555-ABCD", "(202) 555-0143 ext 5", "202/555/0143", "１２０２５５５０１４３"]) {
      const result = parseUsMobileNumber(input);
      expect(result.ok, input).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/only digits, spaces, dashes or parentheses/);
    }
  });

  it("refuses numbers that are too short or too long", () => {
    for (const input of ["123", "555-0143", "(202) 555-01434", "202555014312"]) {
      const result = parseUsMobileNumber(input);
      expect(result.ok, input).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/valid 10-digit U\.S\./);
    }
  });

  it("refuses input over 32 characters before parsing it", () => {
    const result = parseUsMobileNumber(`202 555 0143${" ".repeat(10)}-${"-".repeat(20)}`);
    expect(result.ok).toBe(false);
    expect(parseUsMobileNumber("2".repeat(33)).ok).toBe(false);
  });

  it("refuses numbers outside the U.S., including other +1 countries", () => {
    for (const input of ["+44 7911 123456", "+52 55 1234 5678", "+1 416 555 0123", "(416) 555-0123"]) {
      const result = parseUsMobileNumber(input);
      expect(result.ok, input).toBe(false);
    }
  });

  it("says why in Spanish for a Spanish reader", () => {
    const result = parse("   ");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(readerFor("es", "UTC").text(result.message)).toBe("Ingrese un número de teléfono celular de EE. UU.");
  });

  it("refuses numbers that cannot receive texts (toll-free)", () => {
    const result = parseUsMobileNumber("(800) 555-0199");
    expect(result).toEqual({ ok: false, message: "This number cannot receive text messages. Enter a U.S. mobile phone number." });
  });
});

describe("masking", () => {
  it("shows only the last four digits of a phone", () => {
    expect(maskPhone("+12025550143")).toBe("(***) ***-0143");
  });

  it("shows the first and last character of an email's local part", () => {
    expect(maskEmail("ana.diaz@example.com")).toBe("a•••z@example.com");
    expect(maskEmail("al@example.com")).toBe("a•••@example.com");
    expect(maskEmail("x@example.com")).toBe("x•••@example.com");
  });
});
