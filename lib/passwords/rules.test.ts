import { describe, expect, it } from "vitest";
import { POLICY } from "../security-policy";
import { PASSWORD_RULES, unmetRules } from "./rules";

const ids = (password: string) => unmetRules(password).map((rule) => rule.id);

describe("PASSWORD_RULES", () => {
  it("are the published rule: length, uppercase, lowercase, special", () => {
    expect(PASSWORD_RULES.map((rule) => rule.id)).toEqual(["length", "upper", "lower", "special"]);
    expect(PASSWORD_RULES[0].label).toContain(String(POLICY.password.minLength));
    expect(PASSWORD_RULES[0].label).toContain(String(POLICY.password.maxLength));
  });

  it("length: 8 to 64 characters", () => {
    expect(ids("Ab!defg")).toEqual(["length"]); // 7
    expect(ids("Ab!defgh")).toEqual([]); // 8
    expect(ids(`Ab!${"x".repeat(61)}`)).toEqual([]); // 64
    expect(ids(`Ab!${"x".repeat(62)}`)).toEqual(["length"]); // 65
  });

  it("upper: at least one uppercase letter", () => {
    expect(ids("abcdefg!")).toEqual(["upper"]);
    expect(ids("abcdefG!")).toEqual([]);
    expect(ids("éabcdeÉ!")).toEqual([]); // any script's uppercase counts
  });

  it("lower: at least one lowercase letter", () => {
    expect(ids("ABCDEFG!")).toEqual(["lower"]);
    expect(ids("ABCDEFg!")).toEqual([]);
  });

  it("special: at least one character that is not a letter, digit or space", () => {
    expect(ids("Abcdefgh1")).toEqual(["special"]);
    expect(ids("Abcd efgh")).toEqual(["special"]); // a space is not a special character
    for (const special of ["!", "@", "#", "$", "%", "*", "-", "_", "~", "€"]) {
      expect(ids(`Abcdefgh${special}`)).toEqual([]);
    }
  });

  it("lists every rule an empty or weak password misses", () => {
    expect(ids("")).toEqual(["length", "upper", "lower", "special"]);
    expect(ids("abc")).toEqual(["length", "upper", "special"]);
  });
});
