import argon2 from "argon2";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { sha256Hex } from "@/lib/crypto/tokens";
import { normalizeAnswer } from "@/lib/recovery/questions";
import { findLiveSession } from "@/lib/sessions/sessions";
import { info, outboxFor, signedUpTo, tableCounts } from "@/tests/support/factories";
import { completeSignUp } from "./security-questions-step";

const QUESTIONS = ["1", "4", "7", "10", "13"];
const ANSWERS = ["Mr. Whiskers", "  Lincoln   Elementary ", "JOSÉ", "Ms Alvarez", "Ford"];

describe("completeSignUp", () => {
  it("stores five argon2id hashes of the normalised answers, finishes sign-up and rotates the session to FULL", async () => {
    const { user, session } = await signedUpTo("SECURITY_QUESTIONS");
    const result = await completeSignUp(session, { questions: QUESTIONS, answers: ANSWERS }, info);
    expect(result).toEqual({ ok: true, sessionToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    if (!result.ok) return;

    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("COMPLETE");

    const answers = await db().securityAnswer.findMany({ where: { userId: user.id }, orderBy: { questionId: "asc" } });
    expect(answers.map((a) => a.questionId)).toEqual([1, 4, 7, 10, 13]);
    for (const [i, row] of answers.entries()) {
      expect(row.answerHash).toMatch(/^\$argon2id\$v=19\$/);
      expect(row.answerHash.toLowerCase()).not.toContain(normalizeAnswer(ANSWERS[i]));
      expect(await argon2.verify(row.answerHash, normalizeAnswer(ANSWERS[i]))).toBe(true);
    }
    // Normalised: case and spaces do not matter.
    expect(await argon2.verify(answers[1].answerHash, normalizeAnswer("lincoln elementary"))).toBe(true);

    // The sign-up session is over; a new, full one replaces it.
    expect(await findLiveSession(session.token, { touch: false })).toBeNull();
    const old = await db().session.findUniqueOrThrow({ where: { id: session.id } });
    expect(old.revokedAt).toBeInstanceOf(Date);
    const full = await findLiveSession(result.sessionToken, { touch: false });
    expect(full).toMatchObject({ level: "FULL", user: { id: user.id, registrationStep: "COMPLETE" } });
    expect(full!.id).not.toBe(session.id);
    const fullRow = await db().session.findUniqueOrThrow({ where: { tokenHash: sha256Hex(result.sessionToken) } });
    expect(fullRow.authMethods).toEqual(["password", "email"]);

    expect((await outboxFor(user.email)).at(-1)!.template).toBe("sign-up-complete");
    const kinds = (await db().securityEvent.findMany({ where: { userId: user.id } })).map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(["security_questions.set", "sign_up.completed"]));
  });

  it("refuses the same question twice, naming the duplicate, and changes nothing", async () => {
    const { user, session } = await signedUpTo("SECURITY_QUESTIONS");
    const before = await tableCounts();
    const result = await completeSignUp(session, { questions: ["1", "2", "1", "3", "4"], answers: ANSWERS }, info);
    expect(result).toMatchObject({
      ok: false,
      code: "invalid_input",
      fieldErrors: { question3: expect.stringContaining("passwordReset.questions.sameQuestion") },
    });
    if (!result.ok) expect(Object.keys(result.fieldErrors!)).toEqual(["question3"]);
    expect(await tableCounts()).toEqual(before);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("SECURITY_QUESTIONS");
    expect(await findLiveSession(session.token, { touch: false })).not.toBeNull();
  });

  it.each([
    ["a missing question", { questions: ["1", "2", "", "4", "5"], answers: ANSWERS }, "question3"],
    ["an unknown question", { questions: ["1", "2", "3", "4", "999"], answers: ANSWERS }, "question5"],
    ["a question that is not a number", { questions: ["1", "2", "3", "x", "5"], answers: ANSWERS }, "question4"],
    ["a missing answer", { questions: QUESTIONS, answers: ["apple", "banana", "cherry", "damson", "   "] }, "answer5"],
    ["an over-long answer", { questions: QUESTIONS, answers: ["apple", "x".repeat(101), "cherry", "damson", "elder"] }, "answer2"],
    ["too few questions", { questions: ["1", "2", "3", "4"], answers: ["apple", "banana", "cherry", "damson"] }, "question5"],
    ["an answer under 3 characters", { questions: QUESTIONS, answers: ["apple", "banana", "ab", "damson", "elder"] }, "answer3"],
    ["an answer that repeats another", { questions: QUESTIONS, answers: ["apple", "banana", "cherry", " APPLE ", "elder"] }, "answer4"],
    [
      "values that are not text",
      { questions: [1, 2, 3, 4, { id: 5 }], answers: ["apple", "banana", "cherry", "damson", ["elder"]] },
      "answer5",
    ],
  ])("refuses %s and changes nothing", async (_, input, field) => {
    const { user, session } = await signedUpTo("SECURITY_QUESTIONS");
    const before = await tableCounts();
    const result = await completeSignUp(session, input, info);
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    if (!result.ok) expect(result.fieldErrors?.[field]).toEqual(expect.any(String));
    expect(await tableCounts()).toEqual(before);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).registrationStep).toBe("SECURITY_QUESTIONS");
  });

  it("a replayed form is refused and keeps the first answers", async () => {
    const { user, session } = await signedUpTo("SECURITY_QUESTIONS");
    expect((await completeSignUp(session, { questions: QUESTIONS, answers: ANSWERS }, info)).ok).toBe(true);
    const first = await db().securityAnswer.findMany({ where: { userId: user.id }, orderBy: { questionId: "asc" } });
    const replay = await completeSignUp(
      session,
      { questions: ["2", "3", "5", "6", "8"], answers: ["apple", "banana", "cherry", "damson", "elder"] },
      info,
    );
    expect(replay).toMatchObject({ ok: false, code: "out_of_order" });
    expect(await db().securityAnswer.findMany({ where: { userId: user.id }, orderBy: { questionId: "asc" } })).toEqual(first);
    expect(await db().session.count({ where: { userId: user.id, level: "FULL" } })).toBe(1);
  });
});
