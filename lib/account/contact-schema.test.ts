import { describe, expect, it } from "vitest";
import { readerFor } from "../i18n/translator";
import { formatUsPhone, zContactForm } from "./contact-schema";

const GOOD = {
  fullName: "Ana María Díaz",
  addressLine1: "1600 Pennsylvania Ave NW",
  addressLine2: "",
  city: "Washington",
  state: "DC",
  postalCode: "20500",
  contactPhone: "(202) 555-0143",
};

function errorsFor(input: Record<string, unknown>): Record<string, string> {
  const result = zContactForm.safeParse(input);
  if (result.success) return {};
  const english = readerFor("en", "UTC");
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), english.text(i.message)]));
}

describe("zContactForm", () => {
  it("accepts a U.S. address and phone, normalizing the ZIP+4 and the phone", () => {
    const parsed = zContactForm.parse({ ...GOOD, postalCode: "205000003", state: "PR", contactPhone: "202-555-0143" });
    expect(parsed).toMatchObject({ postalCode: "20500-0003", state: "PR", contactPhone: "+12025550143" });
  });

  it("refuses bad ZIP codes, states and phones with clear messages", () => {
    expect(errorsFor({ ...GOOD, postalCode: "2050" }).postalCode).toMatch(/5-digit ZIP code/);
    expect(errorsFor({ ...GOOD, postalCode: "20500-03" }).postalCode).toMatch(/5-digit ZIP code/);
    expect(errorsFor({ ...GOOD, state: "ZZ" }).state).toBe("Select your state or territory.");
    expect(errorsFor({ ...GOOD, contactPhone: "call me" }).contactPhone).toMatch(/^Enter a U\.S\. phone number using only digits/);
    expect(errorsFor({ ...GOOD, contactPhone: "+44 20 7946 0958" }).contactPhone).toMatch(/valid 10-digit U\.S\. phone number/);
  });

  it("refuses missing, over-long and control-character values, naming the field", () => {
    const errors = errorsFor({ ...GOOD, fullName: "  ", city: "x".repeat(61), addressLine1: "Line\u0000one" });
    expect(errors).toEqual({
      fullName: "Enter your full name.",
      city: "Your city or town must be 60 characters or fewer.",
      addressLine1: "Your street address can only contain letters, numbers, spaces and punctuation.",
    });
  });

  it("shows a stored number the way people write it", () => {
    expect(formatUsPhone("+12025550143")).toBe("(202) 555-0143");
    expect(formatUsPhone(null)).toBe("");
  });
});
