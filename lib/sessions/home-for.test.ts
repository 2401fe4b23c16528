import { describe, expect, it } from "vitest";
import { SIGN_UP_STEPS } from "../registration/steps";
import { homeFor } from "./home-for";

const at = (
  level: "REGISTRATION" | "PASSWORD_ONLY" | "FULL",
  registrationStep: Parameters<typeof homeFor>[0]["user"]["registrationStep"],
  role: "APPLICANT" | "OFFICER" | "REPRESENTATIVE" = "APPLICANT",
  secondStepAt: Date | null = new Date(),
) => homeFor({ level, secondStepAt, user: { registrationStep, role } });

describe("homeFor", () => {
  it("sends a full session to the dashboard and a password-only one to the second step", () => {
    expect(at("FULL", "COMPLETE")).toBe("/dashboard");
    expect(at("PASSWORD_ONLY", "COMPLETE")).toBe("/sign-in/verify");
  });

  it("sends a fully signed-in officer to the console, and a half-signed-in one to the second step", () => {
    expect(at("FULL", "COMPLETE", "OFFICER")).toBe("/agency");
    expect(at("FULL", "COMPLETE", "REPRESENTATIVE")).toBe("/representative");
    expect(at("PASSWORD_ONLY", "COMPLETE", "OFFICER")).toBe("/sign-in/verify");
    expect(at("REGISTRATION", "PASSWORD", "OFFICER")).toBe("/sign-up/password");
  });

  it("sends a sign-up session to its step, and never to a page that needs a full session", () => {
    for (const { step, path } of SIGN_UP_STEPS) expect(at("REGISTRATION", step)).toBe(path);
    expect(at("REGISTRATION", "COMPLETE")).toBe("/sign-in?reason=signed-out");
  });

  it("sends a sign-up session past the verified method that did not pass the second step itself to sign in again", () => {
    expect(at("REGISTRATION", "MFA_VERIFY", "APPLICANT", null)).toBe("/sign-up/verification-code");
    expect(at("REGISTRATION", "BACKUP_CODE", "APPLICANT", null)).toBe("/sign-in?reason=continue-sign-up");
    expect(at("REGISTRATION", "SECURITY_QUESTIONS", "OFFICER", null)).toBe("/sign-in?reason=continue-sign-up");
  });
});
