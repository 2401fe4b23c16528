import { describe, expect, it } from "vitest";
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
    "dog-licence": { previousLicence: "EAC-26-123-45678" },
  };

  it("is filled page by page to the check page, with the dog page only for a dog", () => {
    const { answers, visited } = walk(PET_LICENCE, pages, NOW);
    expect(visited).toEqual(["owner", "pet", "dog-licence"]);
    expect(answers.previousLicence).toBe("EAC2612345678");
    expect(walk(PET_LICENCE, { ...pages, pet: { ...pages.pet, species: "cat" } }, NOW).visited).toEqual(["owner", "pet"]);
  });

  it("has a task list, documents, a fee and answers by part", () => {
    const { answers } = walk(PET_LICENCE, pages, NOW);
    expect(sectionStates(PET_LICENCE, answers, ["owner", "pet", "dog-licence"], NOW).map((s) => s.state)).toEqual([
      "completed",
      "completed",
    ]);
    expect(requiredDocuments(PET_LICENCE, answers).map((rule) => [rule.id, rule.isRequired])).toEqual([
      ["vaccination", true],
      ["chip-certificate", true],
    ]);
    expect(missingForSubmission(PET_LICENCE, answers, ["vaccination"], NOW)).toEqual([
      { documentId: "chip-certificate", message: 'Upload a file for "Microchip certificate".' },
    ]);
    expect(missingForSubmission(PET_LICENCE, answers, ["vaccination", "chip-certificate"], NOW)).toEqual([]);
    expect(PET_LICENCE.fee(answers, NOW).onlineCents).toBe(0);
    expect(PET_LICENCE.signerName(answers)).toBe("Ana Diaz");
    expect(answersByPart(PET_LICENCE, answers)[1].rows.map((row) => row.value)).toEqual([
      "Dog",
      "June 1, 2020",
      "Yes",
      "985112",
      "Barks; Sleeps",
      "EAC2612345678",
    ]);
  });
});
