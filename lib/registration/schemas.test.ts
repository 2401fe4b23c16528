import { describe, expect, it } from "vitest";
import { readerFor } from "../i18n/translator";
import { ACCOUNT_TYPE_MESSAGE, zCodeForm, zMfaMethodForm, zPasswordForm, zSignUpForm } from "./schemas";

const english = (text: string) => readerFor("en", "UTC").text(text);

describe("zSignUpForm", () => {
  it("lower-cases and trims the email and accepts a matching confirmation in any case", () => {
    expect(zSignUpForm.parse({ email: "  Ana.Diaz@Example.COM ", confirmEmail: "ana.diaz@example.com", accountType: "APPLICANT" })).toEqual(
      {
        email: "ana.diaz@example.com",
        confirmEmail: "ana.diaz@example.com",
        accountType: "APPLICANT",
        timeZone: null,
      },
    );
  });

  it("asks who the account is for: the person, or a legal representative; nothing else", () => {
    const form = { email: "a@example.com", confirmEmail: "a@example.com" };
    expect(zSignUpForm.parse({ ...form, accountType: "REPRESENTATIVE" }).accountType).toBe("REPRESENTATIVE");
    for (const accountType of [undefined, "", "OFFICER", ["APPLICANT"]]) {
      expect(zSignUpForm.safeParse({ ...form, accountType }).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
        ["accountType", ACCOUNT_TYPE_MESSAGE],
      ]);
    }
    // Shown together with a mistyped confirmation.
    expect(zSignUpForm.safeParse({ email: "a@example.com", confirmEmail: "b@example.com" }).error?.issues.map((i) => i.path[0])).toEqual([
      "confirmEmail",
      "accountType",
    ]);
  });

  it("refuses a malformed, empty, mismatched or over-long address with a message per field", () => {
    const issues = (input: Record<string, unknown>) =>
      zSignUpForm.safeParse({ accountType: "APPLICANT", ...input }).error?.issues.map((i) => [i.path.join("."), english(i.message)]);
    expect(issues({ email: "not-an-email", confirmEmail: "not-an-email" })).toContainEqual([
      "email",
      "Enter an email address in the correct format, like name@example.com.",
    ]);
    expect(issues({ email: "", confirmEmail: "" })).toContainEqual(["email", "Enter your email address."]);
    expect(issues({ email: "a@example.com", confirmEmail: "" })).toEqual([["confirmEmail", "Enter your email address again."]]);
    expect(issues({ email: "a@example.com", confirmEmail: "b@example.com" })).toEqual([
      ["confirmEmail", "The email addresses do not match. Enter the same email address twice."],
    ]);
    const long = `${"a".repeat(250)}@example.com`;
    expect(issues({ email: long, confirmEmail: long })?.[0]).toEqual(["email", "Your email address must be 254 characters or fewer."]);
    expect(issues({ email: 42, confirmEmail: null })?.length).toBeGreaterThan(0);
  });
});

describe("zPasswordForm", () => {
  it("requires the same password twice, at most 64 characters", () => {
    expect(zPasswordForm.safeParse({ password: "Abcdefg!", confirmPassword: "Abcdefg!" }).success).toBe(true);
    expect(zPasswordForm.safeParse({ password: "Abcdefg!", confirmPassword: "Abcdefg?" }).error?.issues[0].path).toEqual([
      "confirmPassword",
    ]);
    expect(zPasswordForm.safeParse({ password: "x".repeat(65), confirmPassword: "x".repeat(65) }).success).toBe(false);
  });
});

describe("zMfaMethodForm", () => {
  it("accepts the four choices only", () => {
    for (const method of ["EMAIL", "SMS", "EMAIL_SMS", "TOTP"]) expect(zMfaMethodForm.safeParse({ method }).success).toBe(true);
    expect(english(zMfaMethodForm.safeParse({ method: "PASSKEY" }).error?.issues[0].message ?? "")).toBe(
      "Choose how you want to receive verification codes.",
    );
    expect(zMfaMethodForm.safeParse({ method: "SMS", phone: "1".repeat(33) }).success).toBe(false);
  });
});

describe("zCodeForm", () => {
  it("accepts 6 digits, ignoring spaces and dashes", () => {
    expect(zCodeForm.parse({ code: " 123 456 " })).toEqual({ code: "123456" });
    expect(zCodeForm.parse({ code: "123-456" })).toEqual({ code: "123456" });
  });

  it("refuses anything else", () => {
    for (const code of ["", "12345", "1234567", "12345a", "x".repeat(40)]) expect(zCodeForm.safeParse({ code }).success, code).toBe(false);
  });
});
