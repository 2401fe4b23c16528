import { describe, expect, it } from "vitest";
import { expectEnglish } from "../engine/test-fixtures/english";
import type { Answers } from "../definition";
import { answersByPart } from "../engine/answers-by-part";
import { nextPageId } from "../engine/flow";
import { parsePage } from "../engine/parse-page";
import { missingForSubmission, requiredDocuments } from "../engine/readiness";
import { sectionStates } from "../engine/sections";
import { walk } from "../engine/test-fixtures/walk";
import { I765 } from "./i-765";

const NOW = new Date("2026-12-02T12:00:00Z");

const date = (id: string, day: string, month: string, year: string) => ({
  [`${id}-day`]: day,
  [`${id}-month`]: month,
  [`${id}-year`]: year,
});

/** A renewal in (c)(9), every page answered as a careful person would. */
const RENEWAL_C9: Record<string, Record<string, unknown>> = {
  reason: { reason: "renewal" },
  "previous-card": { ...date("previousCardFrom", "15", "6", "2025"), ...date("previousCardUntil", "14", "3", "2027") },
  name: { familyName: "Diaz", givenName: "Ana", middleName: "Maria" },
  "other-names": { otherNamesUsed: "yes" },
  "other-names-list": { otherName1FamilyName: "Lopez", otherName1GivenName: "Ana" },
  "mailing-address": {
    mailingStreet: "1600 Pennsylvania Ave NW",
    mailingCity: "Washington",
    mailingState: "DC",
    mailingZip: "20500",
    mailingIsPhysical: "no",
  },
  "physical-address": {
    physicalStreet: "12 Elm St",
    physicalUnit: "Apt 4",
    physicalCity: "Arlington",
    physicalState: "VA",
    physicalZip: "22201",
  },
  numbers: { aNumber: "A123456789", accountNumber: "" },
  personal: { sex: "female", maritalStatus: "married" },
  birth: { ...date("dateOfBirth", "4", "3", "1990"), birthCity: "Lima", birthCountry: "PE" },
  citizenship: { citizenship1: "PE" },
  "ssn-issued": { ssnIssued: "yes" },
  ssn: { ssn: "123-45-6789" },
  "ssn-card": { wantsSsnCard: "no" },
  arrival: {
    ...date("lastArrivalDate", "3", "9", "2021"),
    lastArrivalPlace: "Miami, FL",
    statusAtArrival: "B-2 visitor",
    currentStatus: "Adjustment applicant",
  },
  "travel-documents": {
    i94Number: "12345678901",
    passportNumber: "P1234567",
    passportCountry: "PE",
    ...date("passportExpires", "1", "1", "2030"),
  },
  category: { category: "c9" },
  "category-c9": { i485ReceiptNumber: "IOE0912345678", ...date("i485FiledOn", "10", "5", "2024") },
  contact: { daytimePhone: "(202) 555-0143", email: "ana@example.com" },
  statement: { applicantStatement: "english", usedPreparer: "no" },
};

function with_(pageId: string, fields: Record<string, unknown>) {
  return { ...RENEWAL_C9, [pageId]: { ...RENEWAL_C9[pageId], ...fields } };
}

describe("I-765", () => {
  it("a (c)(9) renewal goes through the pages it needs and none it does not", () => {
    const { visited, answers } = walk(I765, RENEWAL_C9, NOW);
    expectEnglish(visited).toEqual([
      "reason",
      "previous-card",
      "name",
      "other-names",
      "other-names-list",
      "mailing-address",
      "physical-address",
      "numbers",
      "personal",
      "birth",
      "citizenship",
      "ssn-issued",
      "ssn",
      "ssn-card",
      "arrival",
      "travel-documents",
      "category",
      "category-c9",
      "contact",
      "statement",
    ]);
    expectEnglish(answers.ssn).toBe("123-45-6789");
    expectEnglish(answers.daytimePhone).toBe("+12025550143");
    expectEnglish(I765.signerName(answers)).toBe("Ana Maria Diaz");
    expectEnglish(sectionStates(I765, answers, visited, NOW).every((status) => status.state === "completed")).toBe(true);
  });

  it("asks the follow-up questions of each category", () => {
    const follow = (category: string, extra: Answers = {}) => nextPageId(I765, { ...extra, category }, "category");
    expectEnglish(follow("c9")).toBe("category-c9");
    expectEnglish(follow("c3C")).toBe("category-student");
    expectEnglish(nextPageId(I765, { category: "c3C" }, "category-student")).toBe("category-c3c");
    expectEnglish(nextPageId(I765, { category: "c3A" }, "category-student")).toBe("contact");
    expectEnglish(follow("c8")).toBe("category-c8");
    expectEnglish(nextPageId(I765, { category: "c8", everArrested: "yes" }, "category-c8")).toBe("category-c8-arrests");
    expectEnglish(nextPageId(I765, { category: "c8", everArrested: "no" }, "category-c8")).toBe("contact");
    expectEnglish(follow("a5")).toBe("contact");
  });

  it("(c)(3)(C) needs the degree, the employer and an E-Verify number", () => {
    const answers = { category: "c3C" };
    const fields = { stemDegree: "MS Computer Science", employerName: "Acme Inc." };
    expectEnglish(parsePage(I765, "category-c3c", fields, answers, NOW)).toMatchObject({
      ok: false,
      errors: { everifyCompanyId: expect.stringContaining("E-Verify") },
    });
    expectEnglish(parsePage(I765, "category-c3c", { ...fields, everifyClientId: "12ab" }, answers, NOW)).toMatchObject({
      ok: false,
      errors: { everifyClientId: expect.any(String) },
    });
    expectEnglish(parsePage(I765, "category-c3c", { ...fields, everifyCompanyId: "123456" }, answers, NOW).ok).toBe(true);
    expectEnglish(parsePage(I765, "category-student", { sevisNumber: "N12345" }, answers, NOW)).toMatchObject({
      ok: false,
      errors: { sevisNumber: expect.any(String) },
    });
  });

  it("(c)(9) needs the I-485 receipt number, with the 13-character message", () => {
    const result = parsePage(
      I765,
      "category-c9",
      { i485ReceiptNumber: "IOE123", ...date("i485FiledOn", "1", "1", "2024") },
      { category: "c9" },
      NOW,
    );
    expectEnglish(result).toMatchObject({ ok: false, errors: { i485ReceiptNumber: expect.stringContaining("13 characters") } });
  });

  it("checks across fields: arrival after birth, not in the future, a renewal's card dates", () => {
    expectEnglish(() => walk(I765, with_("arrival", date("lastArrivalDate", "1", "1", "1985")), NOW)).toThrow(/after your date of birth/);
    expectEnglish(() => walk(I765, with_("arrival", date("lastArrivalDate", "1", "1", "2027")), NOW)).toThrow(/today or in the past/);
    expectEnglish(() => walk(I765, with_("birth", date("dateOfBirth", "1", "1", "2030")), NOW)).toThrow(/must be in the past/);
    expectEnglish(() => walk(I765, with_("previous-card", date("previousCardUntil", "1", "1", "2025")), NOW)).toThrow(
      /after the date it became valid/,
    );
    expectEnglish(() => walk(I765, with_("previous-card", date("previousCardUntil", "1", "1", "2028")), NOW)).toThrow(/180 days/);
    expectEnglish(() => walk(I765, with_("previous-card", { "previousCardUntil-day": "" }), NOW)).toThrow(/must include a day/);
    expectEnglish(() =>
      walk(I765, with_("previous-card", { ...date("previousCardFrom", "", "", ""), ...date("previousCardUntil", "", "", "") }), NOW),
    ).toThrow(/Enter the date for .{1,3}Date the card became valid/);
  });

  it("checks formats: A-Number, SSN, ZIP against state, I-94, phone", () => {
    expectEnglish(() => walk(I765, with_("numbers", { aNumber: "A12" }), NOW)).toThrow(/A followed by 8 or 9 digits/);
    expectEnglish(() => walk(I765, with_("numbers", { accountNumber: "1234" }), NOW)).toThrow(/12 digits/);
    expectEnglish(() => walk(I765, with_("ssn", { ssn: "12345" }), NOW)).toThrow(/9-digit Social Security number/);
    expectEnglish(() => walk(I765, with_("mailing-address", { mailingZip: "90210" }), NOW)).toThrow(/not one used in District of Columbia/);
    expectEnglish(() => walk(I765, with_("travel-documents", { i94Number: "123" }), NOW)).toThrow(/11-character I-94/);
    expectEnglish(() => walk(I765, with_("travel-documents", { passportCountry: "" }), NOW)).toThrow(/Country that issued/);
    expectEnglish(() => walk(I765, with_("contact", { daytimePhone: "12" }), NOW)).toThrow(/phone number/);
  });

  it("the Social Security card request needs consent and the parents' names", () => {
    const wants = with_("ssn-card", { wantsSsnCard: "yes" });
    expectEnglish(() => walk(I765, wants, NOW)).toThrow(/ssnConsent/);
    const parents = { fatherFamilyName: "Diaz", fatherGivenName: "Jose", motherFamilyName: "Ruiz", motherGivenName: "Rosa" };
    expectEnglish(() => walk(I765, { ...wants, "ssn-consent": { ssnConsent: "no", ...parents } }, NOW)).toThrow(
      /can only issue a card if you agree/,
    );
    expectEnglish(walk(I765, { ...wants, "ssn-consent": { ssnConsent: "yes", ...parents } }, NOW).visited).toContain("ssn-consent");
  });

  it("interpreter and preparer sections appear when used", () => {
    const fields = with_("statement", { applicantStatement: "interpreter", usedPreparer: "yes" });
    fields.interpreter = {
      interpreterFamilyName: "Smith",
      interpreterGivenName: "Jo",
      interpreterLanguage: "Spanish",
      interpreterPhone: "202-555-0100",
    };
    fields.preparer = { preparerFamilyName: "Lee", preparerGivenName: "Kim", preparerPhone: "202-555-0101", preparerRole: "not-attorney" };
    const { visited, answers } = walk(I765, fields, NOW);
    expectEnglish(visited.slice(-2)).toEqual(["interpreter", "preparer"]);
    const parts = answersByPart(I765, answers).map((part) => part.title);
    expectEnglish(parts).toEqual([
      "Part 1. Reason for applying",
      "Part 2. Information about you",
      "Part 3. Applicant's statement and contact information",
      "Part 4. Interpreter's contact information",
      "Part 5. Preparer's contact information",
    ]);
  });

  describe("fee", () => {
    const AFTER = new Date("2026-12-02T00:00:00Z");
    const BEFORE = new Date("2024-03-31T23:00:00Z");
    it("is $470 online and $520 on paper from 1 April 2024, $410 before", () => {
      expectEnglish(I765.fee({ reason: "renewal", category: "c3A" }, AFTER)).toEqual({
        onlineCents: 47_000,
        paperCents: 52_000,
        rule: "2024-04-01:I-765:standard",
        reason: "The standard fee for this application.",
      });
      expectEnglish(I765.fee({}, BEFORE)).toMatchObject({ onlineCents: 41_000, paperCents: 41_000, rule: "2016-12-23:I-765:standard" });
    });
    it("is none for a first card of a refugee, an asylee or an asylum applicant; renewals pay", () => {
      expectEnglish(I765.fee({ reason: "initial", category: "a3" }, AFTER)).toMatchObject({
        onlineCents: 0,
        rule: "2016-12-23:I-765:exempt-refugee-asylee-initial",
      });
      expectEnglish(I765.fee({ reason: "initial", category: "a5" }, AFTER).onlineCents).toBe(0);
      expectEnglish(I765.fee({ reason: "initial", category: "c8" }, AFTER)).toMatchObject({
        onlineCents: 0,
        rule: "2016-12-23:I-765:exempt-asylum-initial",
      });
      expectEnglish(I765.fee({ reason: "renewal", category: "c8" }, AFTER).onlineCents).toBe(47_000);
      expectEnglish(I765.fee({ reason: "replacement", category: "a5" }, AFTER).onlineCents).toBe(47_000);
    });
    it("(c)(9): none when the I-485 was filed before 1 April 2024, the reduced fee (the same on paper) from that day", () => {
      expectEnglish(I765.fee({ reason: "renewal", category: "c9", i485FiledOn: "2024-03-31" }, AFTER)).toMatchObject({ onlineCents: 0 });
      expectEnglish(I765.fee({ reason: "initial", category: "c9", i485FiledOn: "2024-04-01" }, AFTER)).toEqual({
        onlineCents: 26_000,
        paperCents: 26_000,
        rule: "2024-04-01:I-765:c9-pending-i485",
        reason: "A reduced fee: your Form I-485, filed on or after April 1, 2024, is pending.",
      });
      expectEnglish(I765.fee(walk(I765, RENEWAL_C9, NOW).answers, AFTER).onlineCents).toBe(26_000);
      // Without the filing date (not yet answered), the standard fee.
      expectEnglish(I765.fee({ reason: "initial", category: "c9" }, AFTER).onlineCents).toBe(47_000);
    });
    it("is computed from the answers only: an answer that is not an option changes nothing", () => {
      expectEnglish(I765.fee({ reason: "initial", category: "a3 " }, AFTER).onlineCents).toBe(47_000);
      expectEnglish(I765.fee({ reason: ["initial"], category: ["a3"], feeCents: "0" }, AFTER).onlineCents).toBe(47_000);
    });
  });

  describe("documents", () => {
    it("a renewal needs the photo, identity, I-94, previous card and the category's evidence", () => {
      const { answers } = walk(I765, RENEWAL_C9, NOW);
      expectEnglish(requiredDocuments(I765, answers).map((rule) => `${rule.id}${rule.isRequired ? "" : "?"}`)).toEqual([
        "photo",
        "identity",
        "i94",
        "previous-card",
        "evidence-i485",
        "other?",
      ]);
      const missing = missingForSubmission(I765, answers, ["photo", "identity", "i94"], NOW);
      expectEnglish(missing.map((item) => item.documentId)).toEqual(["previous-card", "evidence-i485"]);
      expectEnglish(missingForSubmission(I765, answers, ["photo", "identity", "i94", "previous-card", "evidence-i485"], NOW)).toEqual([]);
    });
    it("a lost card need not be uploaded; a first card needs none; court records when arrested", () => {
      const lost = { reason: "replacement", replacementReason: "lost", category: "c8", everArrested: "yes" };
      const rules = requiredDocuments(I765, lost);
      expectEnglish(rules.find((rule) => rule.id === "previous-card")?.isRequired).toBe(false);
      expectEnglish(rules.filter((rule) => rule.isRequired).map((rule) => rule.id)).toEqual([
        "photo",
        "identity",
        "evidence-asylum",
        "evidence-court-records",
      ]);
      expectEnglish(requiredDocuments(I765, { reason: "initial", category: "c3C" }).map((rule) => rule.id)).toEqual([
        "photo",
        "identity",
        "evidence-student",
        "evidence-stem-degree",
        "other",
      ]);
    });
  });

  it("changing the reason to a first card drops the previous card's answers and can make the filing free", () => {
    const { answers } = walk(I765, { ...RENEWAL_C9, category: { category: "a5" } }, NOW);
    expectEnglish(answers.previousCardUntil).toBe("2027-03-14");
    expectEnglish(answers).not.toHaveProperty("i485ReceiptNumber");
    const result = parsePage(I765, "reason", { reason: "initial" }, answers, NOW);
    if (!result.ok) throw new Error("refused");
    expectEnglish(result.answers).not.toHaveProperty("previousCardFrom");
    expectEnglish(result.answers).not.toHaveProperty("previousCardUntil");
    expectEnglish(result.answers.familyName).toBe("Diaz");
    expectEnglish(I765.fee(answers, NOW).onlineCents).toBe(47_000);
    expectEnglish(I765.fee(result.answers, NOW)).toMatchObject({
      onlineCents: 0,
      reason: "No fee: a first card for a refugee or an asylee.",
    });
  });

  it("says which pages are missing before anything is answered", () => {
    const missing = missingForSubmission(I765, {}, [], NOW);
    expectEnglish(missing[0]).toEqual({ pageId: "reason", message: 'Answer the questions on "Why are you applying?".' });
    expectEnglish(missing.filter((item) => item.pageId).map((item) => item.pageId)).not.toContain("previous-card");
  });
});
