import { describe, expect, it } from "vitest";
import { RegistrationStep } from "../generated/prisma/enums";
import { pathForStep, SIGN_UP_STEPS, stepIndex, type SignUpStep } from "./steps";

describe("sign-up steps", () => {
  it("are the eight steps of the journey, in order, each with its own page", () => {
    expect(SIGN_UP_STEPS.map((s) => s.step)).toEqual([
      "EMAIL",
      "CONFIRM_EMAIL",
      "TERMS",
      "PASSWORD",
      "MFA_METHOD",
      "MFA_VERIFY",
      "BACKUP_CODE",
      "SECURITY_QUESTIONS",
    ]);
    const paths = SIGN_UP_STEPS.map((s) => s.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(path).toMatch(/^\/sign-up(\/[a-z-]+)?$/);
  });

  it("cover every registration step stored in the database", () => {
    for (const step of Object.values(RegistrationStep)) {
      expect(stepIndex(step as SignUpStep), step).toBeGreaterThanOrEqual(0);
      expect(pathForStep(step as SignUpStep), step).toMatch(/^\//);
    }
  });

  it("number the steps in order, with COMPLETE after the last", () => {
    expect(stepIndex("EMAIL")).toBe(0);
    expect(stepIndex("TERMS")).toBe(2);
    expect(stepIndex("SECURITY_QUESTIONS")).toBe(7);
    expect(stepIndex("COMPLETE")).toBe(SIGN_UP_STEPS.length);
  });

  it("send each person to the page of their step, and finished accounts to the dashboard", () => {
    expect(pathForStep("CONFIRM_EMAIL")).toBe("/sign-up/check-email");
    expect(pathForStep("PASSWORD")).toBe("/sign-up/password");
    expect(pathForStep("MFA_VERIFY")).toBe("/sign-up/verification-code");
    expect(pathForStep("COMPLETE")).toBe("/dashboard");
  });
});
