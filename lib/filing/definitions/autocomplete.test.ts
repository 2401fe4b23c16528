import { describe, expect, it } from "vitest";
import type { Question } from "../definition";
import { FORM_DEFINITIONS } from "./index";

const questions = FORM_DEFINITIONS.flatMap((def) =>
  def.pages.flatMap((page) => page.questions.map((question) => ({ form: def.id, page: page.id, question }))),
);
const named = (pattern: RegExp) => questions.filter(({ question }) => pattern.test(question.id));

// Kinds the page fills with a token of the applicant's own (phone, email, address) unless the question says otherwise.
// A country is asked only as a birth country, a citizenship or a passport's country: never filled with the address's.
const PERSONAL_BY_DEFAULT = new Set<Question["kind"]>(["phone", "email", "zip", "us-state"]);

describe("autocomplete tokens of the form definitions", () => {
  it("marks the applicant's date of birth as a birthday on every form", () => {
    const births = named(/^dateOfBirth$/);
    expect(births.map(({ form }) => form).sort()).toEqual(["AR-11", "I-765"]);
    for (const { question } of births) expect(question.autocomplete).toBe("bday");
  });

  it("gives every line of the applicant's addresses a token in its own section", () => {
    const lines = named(/^(mailing|physical|new)(Street|Unit|City|State|Zip)$/);
    expect(lines.length).toBe(20);
    for (const { form, question } of lines) {
      expect(`${form} ${question.id}: ${question.autocomplete}`).toMatch(
        /: (shipping|section-[a-z]+) (address-line1|address-line2|address-level2|address-level1|postal-code)$/,
      );
    }
  });

  it("offers none of the applicant's own details in an interpreter's, a preparer's or a parent's questions", () => {
    const others = named(/^(interpreter|preparer|father|mother)/);
    expect(others.length).toBeGreaterThan(0);
    for (const { question } of others) {
      const token = question.autocomplete ?? (PERSONAL_BY_DEFAULT.has(question.kind) ? "applicant's own" : "off");
      expect(`${question.id}: ${token}`).toBe(`${question.id}: off`);
    }
  });
  it("asks every country question without an address token (birth country, citizenship, passport)", () => {
    const countries = questions.filter(({ question }) => question.kind === "country");
    expect(countries.map(({ question }) => question.id).sort()).toEqual([
      "birthCountry",
      "citizenship1",
      "citizenship2",
      "passportCountry",
    ]);
    for (const { question } of countries) expect(question.autocomplete ?? "off").toBe("off");
  });
});
