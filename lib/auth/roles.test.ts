import { describe, expect, it } from "vitest";
import { actorOf, isApplicant, isOfficer, navigationRole, type SessionLike } from "./roles";

const session = (level: SessionLike["level"], role: SessionLike["user"]["role"]): SessionLike => ({
  level,
  user: {
    id: "u1",
    email: "ana@example.com",
    role,
    registrationStep: level === "REGISTRATION" ? "PASSWORD" : "COMPLETE",
    locale: "en",
    timeZone: null,
  },
});

describe("who a session is", () => {
  it("is an officer or an applicant only when fully signed in", () => {
    expect(isOfficer(session("FULL", "OFFICER"))).toBe(true);
    expect(isOfficer(session("PASSWORD_ONLY", "OFFICER"))).toBe(false);
    expect(isOfficer(session("REGISTRATION", "OFFICER"))).toBe(false);
    expect(isOfficer(session("FULL", "APPLICANT"))).toBe(false);
    expect(isApplicant(session("FULL", "APPLICANT"))).toBe(true);
    expect(isApplicant(session("PASSWORD_ONLY", "APPLICANT"))).toBe(false);
    expect(isOfficer(null)).toBe(false);
    expect(isApplicant(undefined)).toBe(false);
  });

  it("names what the header shows", () => {
    expect(navigationRole(null)).toBe("none");
    expect(navigationRole(session("PASSWORD_ONLY", "APPLICANT"))).toBe("partial");
    expect(navigationRole(session("FULL", "OFFICER"))).toBe("officer");
    expect(navigationRole(session("FULL", "APPLICANT"))).toBe("applicant");
    expect(navigationRole(session("FULL", "REPRESENTATIVE"))).toBe("representative");
    expect(isApplicant(session("FULL", "REPRESENTATIVE"))).toBe(false);
  });

  it("gives domain functions the actor, without the sign-up step", () => {
    expect(actorOf(session("FULL", "APPLICANT"))).toEqual({ id: "u1", email: "ana@example.com", role: "APPLICANT" });
  });
});
