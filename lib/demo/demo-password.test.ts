import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { passwordProblem } from "@/lib/passwords/validate-password";
import { DEMO_ACCOUNT, DEMO_OFFICER } from "./seed-demo-data";

// The README prints this password: a person who changes it and changes it back must not be refused.
describe("the demo password", () => {
  it("is the one the README prints", () => {
    expect(fs.readFileSync("README.md", "utf8")).toContain(`\`${DEMO_ACCOUNT.email}\` / \`${DEMO_ACCOUNT.password}\``);
  });

  for (const account of [DEMO_ACCOUNT, DEMO_OFFICER]) {
    it(`passes every portal rule for ${account.email}`, () => {
      expect(passwordProblem(account.password, account.email)).toBeNull();
    });

    it(`is rated Strong by the meter for ${account.email}`, () => {
      const meter = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
      const [localPart] = account.email.split("@");
      expect(meter.check(account.password, [account.email, localPart]).score).toBe(4);
    });
  }
});
