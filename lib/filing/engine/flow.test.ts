import { describe, expect, it } from "vitest";
import { nextPageId, pageById, previousPageId, visiblePages, keepShownAnswers } from "./flow";
import { PET_LICENCE } from "./test-fixtures/pet-licence";

describe("flow", () => {
  it("skips a page whose condition does not hold, going forward and back", () => {
    const cat = { species: "cat" };
    expect(visiblePages(PET_LICENCE, cat).map((page) => page.id)).toEqual(["owner", "pet"]);
    expect(nextPageId(PET_LICENCE, cat, "owner")).toBe("pet");
    expect(nextPageId(PET_LICENCE, cat, "pet")).toBeNull();
    expect(nextPageId(PET_LICENCE, { species: "dog" }, "pet")).toBe("dog-licence");
    expect(previousPageId(PET_LICENCE, { species: "dog" }, "dog-licence")).toBe("pet");
    expect(previousPageId(PET_LICENCE, cat, "owner")).toBeNull();
  });

  it("starts at the first page for an unknown page id, and finds only the form's own pages", () => {
    expect(nextPageId(PET_LICENCE, {}, "nope")).toBe("owner");
    expect(pageById(PET_LICENCE, "pet")?.title).toBe("Your pet");
    expect(pageById(PET_LICENCE, "constructor")).toBeNull();
    expect(pageById(PET_LICENCE, "__proto__")).toBeNull();
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
    expect(visiblePages(broken, {})).toEqual([]);
  });

  it("drops answers to questions and pages no longer shown, and anything not a question", () => {
    const answers = { species: "cat", hasChip: "no", chipNumber: "123", previousLicence: "EAC2612345678", stray: "x" };
    expect(keepShownAnswers(PET_LICENCE, answers)).toEqual({ species: "cat", hasChip: "no" });
  });
});
