import { dictionary } from "@zxcvbn-ts/language-common";
import { describe, expect, it } from "vitest";
import { POLICY } from "../security-policy";
import { isCommonPassword } from "./common-passwords";

const ranked = dictionary["passwords-common"];

describe("isCommonPassword", () => {
  it("knows the most common passwords, ignoring case", () => {
    for (const p of ["123456", "password", "qwerty", "PASSWORD", "Qwerty", "iloveyou"]) expect(isCommonPassword(p), p).toBe(true);
  });

  it("sees through digits and symbols stuck on either end", () => {
    for (const p of ["Password1!", "Summer2024!", "!Summer2024", "2024summer!!", "Monkey!!", "#Dragon99"]) {
      expect(isCommonPassword(p), p).toBe(true);
    }
  });

  it("uses the first 10,000 entries of the ranked list", () => {
    expect(POLICY.password.commonListSize).toBe(10_000);
    expect(ranked.length).toBeGreaterThan(POLICY.password.commonListSize);
    expect(isCommonPassword(ranked[POLICY.password.commonListSize - 1])).toBe(true);
    const beyond = ranked
      .slice(POLICY.password.commonListSize)
      .find((p) => !ranked.slice(0, POLICY.password.commonListSize).includes(p) && /^[a-z]{6,}$/.test(p));
    expect(beyond).toBeDefined();
    expect(isCommonPassword(beyond!)).toBe(false);
  });

  it("passes passwords that are not on the list", () => {
    for (const p of ["Tangerine-Lantern-42!", "Mq7#vR2!pLx", "zebra-kettle-orbit"]) expect(isCommonPassword(p), p).toBe(false);
  });

  it("does not strip down to a tiny core (ab12! is not 'ab')", () => {
    expect(isCommonPassword("!!ab!!")).toBe(false);
  });
});
