import { describe, it } from "vitest";
import { expectEnglish } from "./test-fixtures/english";
import { nextPageId, pageById, previousPageId, visiblePages, keepShownAnswers } from "./flow";
import { PET_LICENCE } from "./test-fixtures/pet-licence";

describe("flow", () => {
  it("skips a page whose condition does not hold, going forward and back", () => {
    const cat = { species: "cat" };
    expectEnglish(visiblePages(PET_LICENCE, cat).map((page) => page.id)).toEqual(["owner", "pet"]);
    expectEnglish(nextPageId(PET_LICENCE, cat, "owner")).toBe("pet");
    expectEnglish(nextPageId(PET_LICENCE, cat, "pet")).toBeNull();
    expectEnglish(nextPageId(PET_LICENCE, { species: "dog" }, "pet")).toBe("dog-licence");
    expectEnglish(previousPageId(PET_LICENCE, { species: "dog" }, "dog-licence")).toBe("pet");
    expectEnglish(previousPageId(PET_LICENCE, cat, "owner")).toBeNull();
  });

  it("starts at the first page for an unknown page id, and finds only the form's own pages", () => {
    expectEnglish(nextPageId(PET_LICENCE, {}, "nope")).toBe("owner");
    expectEnglish(pageById(PET_LICENCE, "pet")?.title).toBe("Your pet");
    expectEnglish(pageById(PET_LICENCE, "constructor")).toBeNull();
    expectEnglish(pageById(PET_LICENCE, "__proto__")).toBeNull();
  });

  it("a condition that throws counts as not holding", () => {
    const broken = {
      ...PET_LICENCE,
      pages: [
        {
          ...PET_LICENCE.pages[0],
          showIf: () => {
            throw new Error("bad");
          },
        },
      ],
    };
    expectEnglish(visiblePages(broken, {})).toEqual([]);
  });

  it("drops answers to questions and pages no longer shown, and anything not a question", () => {
    const answers = { species: "cat", hasChip: "no", chipNumber: "123", previousLicence: "EAC2612345678", stray: "x" };
    expectEnglish(keepShownAnswers(PET_LICENCE, answers)).toEqual({ species: "cat", hasChip: "no" });
  });
});
