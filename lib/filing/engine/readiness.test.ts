import { describe, it } from "vitest";
import { expectEnglish } from "./test-fixtures/english";
import { missingForSubmission, requiredDocuments } from "./readiness";
import { PET_LICENCE } from "./test-fixtures/pet-licence";

const NOW = new Date("2026-12-02T12:00:00Z");

describe("readiness", () => {
  it("lists a page never answered once, and each problem of a page answered in part", () => {
    const missing = missingForSubmission(PET_LICENCE, { ownerName: "Ana", species: "dog" }, ["vaccination"], NOW);
    expectEnglish(missing).toEqual([
      { pageId: "pet", message: 'Enter the date for "Date of birth": day, month and year.' },
      { pageId: "pet", message: 'Choose an answer for "Is your pet microchipped?".' },
      { pageId: "dog-licence", message: 'Answer the questions on "Your dog\'s previous licence".' },
    ]);
    expectEnglish(missingForSubmission(PET_LICENCE, {}, [], NOW)[0]).toEqual({
      pageId: "owner",
      message: 'Answer the questions on "Your name".',
    });
  });

  it("re-checks saved answers as if sent again (a date now in the future, a changed answer)", () => {
    const answers = { ownerName: "Ana", species: "cat", bornOn: "2027-01-01", hasChip: "no" };
    expectEnglish(missingForSubmission(PET_LICENCE, answers, ["vaccination"], NOW)).toEqual([
      { pageId: "pet", message: "Your pet's date of birth must be in the past." },
    ]);
    expectEnglish(
      missingForSubmission(PET_LICENCE, { ...answers, bornOn: "2020-01-01", species: "horse" }, ["vaccination"], NOW)[0].message,
    ).toContain("answers listed");
  });

  it("asks for documents only when their condition holds", () => {
    expectEnglish(requiredDocuments(PET_LICENCE, { hasChip: "no" }).map((rule) => rule.id)).toEqual(["vaccination"]);
    expectEnglish(requiredDocuments(PET_LICENCE, { hasChip: "yes" }).map((rule) => rule.id)).toEqual(["vaccination", "chip-certificate"]);
  });
});
