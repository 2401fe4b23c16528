import { describe, expect, it } from "vitest";
import { sectionStates } from "./sections";
import { PET_LICENCE } from "./test-fixtures/pet-licence";

const NOW = new Date("2026-12-02T12:00:00Z");

describe("sectionStates", () => {
  it("is not started with nothing saved, each with its first page", () => {
    expect(sectionStates(PET_LICENCE, {}, [], NOW)).toEqual([
      { section: { id: "owner", title: "About you" }, state: "not-started", firstPageId: "owner" },
      { section: { id: "pet", title: "About your pet" }, state: "not-started", firstPageId: "pet" },
    ]);
  });

  it("is in progress while a shown page is unsaved, completed when every shown page is saved and valid", () => {
    const dog = { ownerName: "Ana", species: "dog", bornOn: "2020-06-01", hasChip: "no" };
    expect(sectionStates(PET_LICENCE, dog, ["owner", "pet"], NOW).map((s) => s.state)).toEqual(["completed", "in-progress"]);
    expect(sectionStates(PET_LICENCE, dog, ["owner", "pet", "dog-licence"], NOW).map((s) => s.state)).toEqual(["completed", "completed"]);
    const cat = { ...dog, species: "cat" };
    expect(sectionStates(PET_LICENCE, cat, ["owner", "pet"], NOW).map((s) => s.state)).toEqual(["completed", "completed"]);
  });

  it("is in progress, not completed, when saved answers no longer pass (a question added by a later answer)", () => {
    const answers = { ownerName: "Ana", species: "cat", bornOn: "2020-06-01", hasChip: "yes" };
    expect(sectionStates(PET_LICENCE, answers, ["owner", "pet"], NOW)[1].state).toBe("in-progress");
  });

  it("tolerates odd saved pages", () => {
    expect(sectionStates(PET_LICENCE, {}, null as unknown as string[], NOW)[0].state).toBe("not-started");
  });
});
