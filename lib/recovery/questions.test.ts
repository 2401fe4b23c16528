import { describe, expect, it } from "vitest";
import { POLICY } from "../security-policy";
import { readerFor } from "../i18n/translator";
import { normalizeAnswer, questionText, SECURITY_QUESTIONS } from "./questions";

describe("security questions", () => {
  it("offer at least 15 distinct questions with stable, unique ids", () => {
    expect(SECURITY_QUESTIONS.length).toBeGreaterThanOrEqual(15);
    expect(SECURITY_QUESTIONS.length).toBeGreaterThanOrEqual(POLICY.securityQuestions.count * 3);
    expect(new Set(SECURITY_QUESTIONS.map((q) => q.id)).size).toBe(SECURITY_QUESTIONS.length);
    const english = readerFor("en", "UTC");
    const spanish = readerFor("es", "UTC");
    expect(new Set(SECURITY_QUESTIONS.map((q) => english.text(q.text))).size).toBe(SECURITY_QUESTIONS.length);
    expect(new Set(SECURITY_QUESTIONS.map((q) => spanish.text(q.text))).size).toBe(SECURITY_QUESTIONS.length);
    expect(english.text(questionText(1)!)).toBe("What was the name of your first pet?");
    expect(spanish.text(questionText(1)!)).toBe("¿Cómo se llamaba su primera mascota?");
    expect(questionText(999)).toBeUndefined();
  });

  it("normalise answers: case, repeated and surrounding spaces, compatibility forms", () => {
    expect(normalizeAnswer("  Mr.   Whiskers ")).toBe("mr. whiskers");
    expect(normalizeAnswer("MR.\tWHISKERS")).toBe("mr. whiskers");
    expect(normalizeAnswer("Ｍｒ Ｗｈｉｓｋｅｒｓ")).toBe("mr whiskers");
  });
});
