import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POLICY } from "@/lib/security-policy";
import { createUser, info } from "@/tests/support/factories";
import { codeEntryLocked, refuseWrongCode } from "./record-code-failure";

describe("refuseWrongCode", () => {
  it("answers with the given message until the tenth failure, which locks code entry and says so", async () => {
    const user = await createUser("COMPLETE");
    const answers: string[] = [];
    for (let i = 0; i < POLICY.signIn.otpLockAfterFailures; i++) {
      answers.push(await db().$transaction((tx) => refuseWrongCode(tx, user.id, info, { during: "sign_up" }, "Wrong code.")));
    }
    expect(answers.slice(0, -1).every((a) => a === "Wrong code.")).toBe(true);
    expect(answers.at(-1)).toContain("signIn.errors.codeLocked");
    expect(await codeEntryLocked(user.id)).toMatchObject({ code: "code_locked" });
    const kinds = (await db().securityEvent.findMany({ where: { userId: user.id } })).map((e) => e.kind);
    expect(kinds.filter((k) => k === "mfa.code_failed")).toHaveLength(POLICY.signIn.otpLockAfterFailures);
    expect(kinds.filter((k) => k === "mfa.locked")).toHaveLength(1);
  });
});
