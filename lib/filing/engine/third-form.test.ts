import { describe, it } from "vitest";
import { expectEnglish } from "./test-fixtures/english";
import { answersByPart } from "./answers-by-part";
import { missingForSubmission, requiredDocuments } from "./readiness";
import { sectionStates } from "./sections";
import { PET_LICENCE } from "./test-fixtures/pet-licence";
import { walk } from "./test-fixtures/walk";

// A new form is a definition and nothing else: the made-up pet licence goes through every part of
// the engine (pages, conditions, checks, task list, documents, fee, answers by part).

const NOW = new Date("2026-12-02T12:00:00Z");

describe("a third form, defined only as data", () => {
  const pages = {
    owner: { ownerName: "Ana Diaz", ownerEmail: "ana@example.com" },
    pet: {
      species: "dog",
      "bornOn-day": "1",
      "bornOn-month": "6",
      "bornOn-year": "2020",
      hasChip: "yes",
      chipNumber: "985112",
      habits: ["barks", "sleeps"],
    },
    "dog-licence": { previousLicence: "EAC-26-123-45678", licenceYears: "3" },
  };

  it("is filled page by page to the check page, with the dog page only for a dog", () => {
    const { answers, visited } = walk(PET_LICENCE, pages, NOW);
    expectEnglish(visited).toEqual(["owner", "pet", "dog-licence"]);
    expectEnglish(answers.previousLicence).toBe("EAC2612345678");
    expectEnglish(walk(PET_LICENCE, { ...pages, pet: { ...pages.pet, species: "cat" } }, NOW).visited).toEqual(["owner", "pet"]);
    expectEnglish(() => walk(PET_LICENCE, { ...pages, "dog-licence": { licenceYears: "" } }, NOW)).toThrow(
      /Choose an answer for .{1,3}How long/,
    );
    expectEnglish(() => walk(PET_LICENCE, { ...pages, "dog-licence": { licenceYears: "99" } }, NOW)).toThrow(/answers listed/);
  });

  it("has a task list, documents, a fee and answers by part", () => {
    const { answers } = walk(PET_LICENCE, pages, NOW);
    expectEnglish(sectionStates(PET_LICENCE, answers, ["owner", "pet", "dog-licence"], NOW).map((s) => s.state)).toEqual([
      "completed",
      "completed",
    ]);
    expectEnglish(requiredDocuments(PET_LICENCE, answers).map((rule) => [rule.id, rule.isRequired])).toEqual([
      ["vaccination", true],
      ["chip-certificate", true],
    ]);
    expectEnglish(missingForSubmission(PET_LICENCE, answers, ["vaccination"], NOW)).toEqual([
      { documentId: "chip-certificate", message: 'Upload a file for "Microchip certificate".' },
    ]);
    expectEnglish(missingForSubmission(PET_LICENCE, answers, ["vaccination", "chip-certificate"], NOW)).toEqual([]);
    expectEnglish(PET_LICENCE.fee(answers, NOW).onlineCents).toBe(0);
    expectEnglish(PET_LICENCE.signerName(answers)).toBe("Ana Diaz");
    expectEnglish(answersByPart(PET_LICENCE, answers)[1].rows.map((row) => row.value)).toEqual([
      "Dog",
      "June 1, 2020",
      "Yes",
      "985112",
      "Barks; Sleeps",
      "EAC2612345678",
      "Three years",
    ]);
  });
});
