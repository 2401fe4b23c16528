import { describe, expect, it } from "vitest";
import { answersByPart, answerText } from "./answers-by-part";
import { PET_LICENCE } from "./test-fixtures/pet-licence";

describe("answersByPart", () => {
  it("shows option labels, dates in words, and Not answered for an optional question left empty", () => {
    const parts = answersByPart(PET_LICENCE, { ownerName: "Ana", species: "cat", bornOn: "2020-06-01", hasChip: "no", habits: ["purrs"] });
    expect(parts).toEqual([
      {
        title: "Part 1. Owner",
        rows: [
          { questionId: "ownerName", kind: "text", pageId: "owner", label: "Full name", value: "Ana" },
          { questionId: "ownerEmail", kind: "email", pageId: "owner", label: "Email address", value: "Not answered" },
        ],
      },
      {
        title: "Part 2. Pet",
        rows: [
          { questionId: "species", kind: "radio", pageId: "pet", label: "What kind of pet?", value: "Cat" },
          { questionId: "bornOn", kind: "date", pageId: "pet", label: "Date of birth", value: "June 1, 2020" },
          { questionId: "hasChip", kind: "radio", pageId: "pet", label: "Is your pet microchipped?", value: "No" },
          { questionId: "habits", kind: "checkboxes", pageId: "pet", label: "What does your pet do?", value: "Purrs" },
        ],
      },
    ]);
  });

  it("shows what was stored when it is not an option (never throws)", () => {
    const question = PET_LICENCE.pages[1].questions[0];
    expect(answerText(question, "horse")).toBe("horse");
    expect(answerText(PET_LICENCE.pages[1].questions[1], "not-a-date")).toBe("not-a-date");
  });
});
