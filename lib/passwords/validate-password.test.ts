import { describe, expect, it } from "vitest";
import { readerFor } from "../i18n/translator";
import { passwordProblem as problemRef } from "./validate-password";

const EMAIL = "ana.diaz@example.com";
const english = readerFor("en", "UTC");
const spanish = readerFor("es", "UTC");
/** The refusal as an English reader sees it. */
const passwordProblem = (password: string, email: string) => {
  const problem = problemRef(password, email);
  return problem === null ? null : english.text(problem);
};

describe("passwordProblem", () => {
  it("accepts a good password", () => {
    expect(passwordProblem("Tangerine-Lantern-42!", EMAIL)).toBeNull();
    expect(passwordProblem("Mq7#vR2!pLx", EMAIL)).toBeNull();
  });

  it("names each unmet rule", () => {
    expect(passwordProblem("Ab!de", EMAIL)).toMatch(/at least 8 characters/);
    expect(passwordProblem("tangerine-lantern!", EMAIL)).toMatch(/one uppercase letter/);
    expect(passwordProblem("TANGERINE-LANTERN!", EMAIL)).toMatch(/one lowercase letter/);
    expect(passwordProblem("TangerineLantern42", EMAIL)).toMatch(/one special character/);
    expect(passwordProblem("x".repeat(65), EMAIL)).toMatch(/at most 64/);
    const all = passwordProblem("", EMAIL)!;
    for (const part of ["at least 8 characters", "uppercase", "lowercase", "special"]) expect(all).toContain(part);
    expect(all).toBe(
      "Your password must have: at least 8 characters (at most 64); one uppercase letter (A–Z); one lowercase letter (a–z); one special character, such as ! @ # $ % or *.",
    );
    expect(passwordProblem("abcdefgh", EMAIL)).toBe(
      "Your password must have: one uppercase letter (A–Z); one special character, such as ! @ # $ % or *.",
    );
  });

  it("names the unmet rules in Spanish for a Spanish reader", () => {
    expect(spanish.text(problemRef("abcdefgh", EMAIL)!)).toBe(
      "Su contraseña debe tener: una letra mayúscula (A–Z); un carácter especial, como ! @ # $ % o *.",
    );
    expect(spanish.text(problemRef("Password1!", EMAIL)!)).toMatch(/demasiado común/);
  });

  it("refuses common passwords dressed up to meet the rules", () => {
    for (const common of ["Password1!", "Summer2024!", "!Summer2024", "Qwerty123!", "Welcome1!", "Iloveyou2!", "P@ssw0rd!"]) {
      expect(passwordProblem(common, EMAIL), common).toMatch(/too common/);
    }
  });

  it("refuses the email address and its local part, in any case", () => {
    expect(passwordProblem("Ana.Diaz@Example.com!", EMAIL)).toMatch(/must not contain your email/);
    expect(passwordProblem("My-ANA.DIAZ-pw!", EMAIL)).toMatch(/must not contain your email/);
    expect(passwordProblem("X!ana.diaz2026", "Ana.Diaz@Example.com")).toMatch(/must not contain your email/);
  });

  it("does not treat a very short local part as part of the password", () => {
    expect(passwordProblem("Tangerine-al-42!", "al@example.com")).toBeNull();
  });

  it("checks the rules before anything else (so the checklist message comes first)", () => {
    expect(passwordProblem("password", EMAIL)).toMatch(/^Your password must have:/);
  });
});
