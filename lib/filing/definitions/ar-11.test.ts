import { describe, it } from "vitest";
import { expectEnglish } from "../engine/test-fixtures/english";
import { answersByPart } from "../engine/answers-by-part";
import { missingForSubmission, requiredDocuments } from "../engine/readiness";
import { walk } from "../engine/test-fixtures/walk";
import { AR11, ar11Change } from "./ar-11";

const NOW = new Date("2026-12-02T12:00:00Z");

const PAGES: Record<string, Record<string, unknown>> = {
  name: { familyName: "Diaz", givenName: "Ana", middleName: "" },
  details: { "dateOfBirth-day": "4", "dateOfBirth-month": "3", "dateOfBirth-year": "1990", aNumber: "" },
  "new-address": { newStreet: "12 Elm St", newUnit: "Apt 4", newCity: "Arlington", newState: "VA", newZip: "22201", newIsMailing: "yes" },
  "date-moved": { "dateMoved-day": "20", "dateMoved-month": "11", "dateMoved-year": "2026" },
};

describe("AR-11", () => {
  it("asks for the mailing address only when it differs from the new address", () => {
    expectEnglish(walk(AR11, PAGES, NOW).visited).toEqual(["name", "details", "new-address", "date-moved"]);
    const other = {
      ...PAGES,
      "new-address": { ...PAGES["new-address"], newIsMailing: "no" },
      "mailing-address": {
        mailingInCareOf: "Jo Smith",
        mailingStreet: "PO Box 7",
        mailingCity: "Washington",
        mailingState: "DC",
        mailingZip: "20001",
      },
    };
    const { visited, answers } = walk(AR11, other, NOW);
    expectEnglish(visited).toEqual(["name", "details", "new-address", "mailing-address", "date-moved"]);
    expectEnglish(ar11Change(answers).mailing).toEqual({
      inCareOf: "Jo Smith",
      addressLine1: "PO Box 7",
      addressLine2: "",
      city: "Washington",
      state: "DC",
      postalCode: "20001",
    });
    expectEnglish(ar11Change(answers).physical.city).toBe("Arlington");
  });

  it("gives the change to apply: name, date moved, the new address also as the mailing address", () => {
    const { answers } = walk(AR11, PAGES, NOW);
    const change = ar11Change(answers);
    expectEnglish(change).toMatchObject({ fullName: "Ana Diaz", dateOfBirth: "1990-03-04", aNumber: "", dateMoved: "2026-11-20" });
    expectEnglish(change.mailing).toEqual(change.physical);
    expectEnglish(change.physical).toEqual({
      inCareOf: "",
      addressLine1: "12 Elm St",
      addressLine2: "Apt 4",
      city: "Arlington",
      state: "VA",
      postalCode: "22201",
    });
    expectEnglish(AR11.signerName(answers)).toBe("Ana Diaz");
  });

  it("has no fee and no documents", () => {
    expectEnglish(AR11.fee({}, NOW)).toEqual({
      onlineCents: 0,
      paperCents: 0,
      rule: "AR-11:none",
      reason: "There is no fee to report a change of address.",
    });
    expectEnglish(AR11.outcome).toBe("address-change");
    expectEnglish(requiredDocuments(AR11, {})).toEqual([]);
    expectEnglish(missingForSubmission(AR11, walk(AR11, PAGES, NOW).answers, [], NOW)).toEqual([]);
  });

  it("refuses a move in the future or before birth", () => {
    const moved = (year: string) => ({ ...PAGES, "date-moved": { ...PAGES["date-moved"], "dateMoved-year": year } });
    expectEnglish(() => walk(AR11, moved("2027"), NOW)).toThrow(/today or in the past/);
    expectEnglish(() => walk(AR11, moved("1980"), NOW)).toThrow(/after your date of birth/);
  });

  it("lays the answers out by part, in words", () => {
    const parts = answersByPart(AR11, walk(AR11, PAGES, NOW).answers);
    expectEnglish(parts.map((part) => part.title)).toEqual(["Part 1. Information about you", "Part 2. Your new address"]);
    expectEnglish(parts[0].rows).toContainEqual({
      questionId: "dateOfBirth",
      kind: "date",
      pageId: "details",
      label: "Date of birth",
      value: "March 4, 1990",
    });
    expectEnglish(parts[0].rows).toContainEqual({
      questionId: "aNumber",
      kind: "a-number",
      pageId: "details",
      label: "A-Number (if any)",
      value: "Not answered",
    });
    expectEnglish(parts[1].rows.find((row) => row.questionId === "newState")?.value).toBe("Virginia");
    expectEnglish(parts[1].rows.find((row) => row.questionId === "newIsMailing")?.value).toBe("Yes");
  });
});
