import { describe, expect, it } from "vitest";
import { expectEnglish } from "./test-fixtures/english";
import { AR11 } from "../definitions/ar-11";
import { I765 } from "../definitions/i-765";
import { PAGE_ERROR_KEY } from "./messages";
import { pageValues, parsePage, savedPageErrors } from "./parse-page";
import { PET_LICENCE } from "./test-fixtures/pet-licence";
import { pageById } from "./flow";

const NOW = new Date("2026-12-02T12:00:00Z");
const PET = { species: "dog", "bornOn-day": "1", "bornOn-month": "6", "bornOn-year": "2020", hasChip: "no" };

function ok(result: ReturnType<typeof parsePage>) {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.answers;
}
function errors(result: ReturnType<typeof parsePage>) {
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("parsePage", () => {
  it("merges the page's answers into those saved, trimmed, a date as YYYY-MM-DD", () => {
    const answers = ok(parsePage(PET_LICENCE, "pet", { ...PET, species: " dog " }, { ownerName: "Ana" }, NOW));
    expectEnglish(answers).toEqual({ ownerName: "Ana", species: "dog", bornOn: "2020-06-01", hasChip: "no" });
  });

  it("says what is missing, keyed by question id (a date by its own id), and gives back every field typed", () => {
    const result = parsePage(
      PET_LICENCE,
      "pet",
      { species: "cat", "bornOn-day": "31", "bornOn-month": "2", "bornOn-year": "2020" },
      {},
      NOW,
    );
    expectEnglish(result).toEqual({
      ok: false,
      errors: {
        bornOn: 'The date for "Date of birth" must be a real date, like 27 3 2007.',
        hasChip: 'Choose an answer for "Is your pet microchipped?".',
      },
      values: { species: "cat", "bornOn-day": "31", "bornOn-month": "2", "bornOn-year": "2020", hasChip: "", habits: [] },
    });
  });

  it("ignores unknown field names and question ids of other pages: tampering changes nothing", () => {
    const answers = ok(
      parsePage(
        PET_LICENCE,
        "owner",
        { ownerName: "Ana", species: "cat", chipNumber: "x", __proto__: "y", constructor: "z" },
        { species: "dog" },
        NOW,
      ),
    );
    expectEnglish(answers).toEqual({ ownerName: "Ana", species: "dog" });
  });

  it("refuses an option value that is not in the list, for radios and checkboxes", () => {
    expectEnglish(errors(parsePage(PET_LICENCE, "pet", { ...PET, species: "horse" }, {}, NOW))).toEqual({
      species: 'Choose one of the answers listed for "What kind of pet?".',
    });
    expectEnglish(errors(parsePage(PET_LICENCE, "pet", { ...PET, habits: ["barks", "flies"] }, {}, NOW))).toEqual({
      habits: 'Choose one of the answers listed for "What does your pet do?".',
    });
    expectEnglish(
      errors(
        parsePage(
          I765,
          "birth",
          {
            dateOfBirth: "",
            birthCity: "Lima",
            birthCountry: "XX",
            "dateOfBirth-day": "1",
            "dateOfBirth-month": "1",
            "dateOfBirth-year": "1990",
          },
          {},
          NOW,
        ),
      ),
    ).toEqual({
      birthCountry: 'Choose one of the answers listed for "Country of birth".',
    });
  });

  it("keeps checkbox answers once each, in the list's order; a single one may arrive as a string", () => {
    expectEnglish(ok(parsePage(PET_LICENCE, "pet", { ...PET, habits: ["sleeps", "barks", "sleeps"] }, {}, NOW)).habits).toEqual([
      "barks",
      "sleeps",
    ]);
    expectEnglish(ok(parsePage(PET_LICENCE, "pet", { ...PET, habits: "purrs" }, {}, NOW)).habits).toEqual(["purrs"]);
    expectEnglish(ok(parsePage(PET_LICENCE, "pet", PET, {}, NOW))).not.toHaveProperty("habits");
  });

  it("never throws on odd input: arrays for text, non-strings, huge strings, no fields at all", () => {
    const odd: Record<string, unknown>[] = [
      { ownerName: ["Ana", "Bo"] },
      { ownerName: 42 },
      { ownerName: { toString: () => "x" } },
      { ownerName: null },
      { ownerName: "x".repeat(1_000_000) },
      { ownerName: new File(["x"], "x.txt") },
    ];
    for (const fields of odd) {
      const result = parsePage(PET_LICENCE, "owner", fields, {}, NOW);
      expectEnglish(result.ok).toBe(false);
    }
    expectEnglish(errors(parsePage(PET_LICENCE, "owner", { ownerName: ["Ana", "Bo"] }, {}, NOW)).ownerName).toBe(
      'We could not read your answer to "Full name". Enter it again.',
    );
    const long = parsePage(PET_LICENCE, "owner", { ownerName: "x".repeat(1_000_000) }, {}, NOW);
    expectEnglish(errors(long).ownerName).toBe('Your answer to "Full name" must be 40 characters or fewer.');
    expectEnglish(long.ok === false && (long.values.ownerName as string).length).toBeLessThanOrEqual(10_000);
    expectEnglish(
      parsePage(PET_LICENCE, "owner", null as unknown as Record<string, unknown>, null as unknown as Record<string, string>, NOW).ok,
    ).toBe(false);
    expectEnglish(parsePage(PET_LICENCE, "pet", { ...PET, "bornOn-day": ["1", "2"] }, {}, NOW).ok).toBe(false);
    expectEnglish(parsePage(PET_LICENCE, "pet", { ...PET, habits: [1, 2] }, {}, NOW).ok).toBe(false);
    expectEnglish(parsePage(PET_LICENCE, "pet", { ...PET, "bornOn-year": "2".repeat(5000) }, {}, NOW).ok).toBe(false);
  });

  it("refuses control characters in a text box but keeps lines in a long answer", () => {
    expectEnglish(errors(parsePage(PET_LICENCE, "owner", { ownerName: "Ana\u0000" }, {}, NOW)).ownerName).toContain("letters, numbers");
    const answers = { category: "c8", everArrested: "yes" };
    expectEnglish(
      ok(parsePage(I765, "category-c8-arrests", { arrestDetails: "2019, Miami\r\nCharge dropped" }, answers, NOW)).arrestDetails,
    ).toBe("2019, Miami\nCharge dropped");
  });

  it("refuses a page that is not part of the form, or one the answers skip", () => {
    expectEnglish(errors(parsePage(PET_LICENCE, "nope", {}, {}, NOW))).toEqual({ [PAGE_ERROR_KEY]: expect.any(String) });
    expectEnglish(errors(parsePage(PET_LICENCE, "dog-licence", {}, { species: "cat" }, NOW))).toEqual({
      [PAGE_ERROR_KEY]: expect.any(String),
    });
  });

  it("asks a question shown by an earlier answer and drops answers to questions no longer shown", () => {
    expectEnglish(errors(parsePage(PET_LICENCE, "pet", { ...PET, hasChip: "yes" }, {}, NOW))).toEqual({
      chipNumber: 'Enter an answer for "Microchip number".',
    });
    const chipped = ok(parsePage(PET_LICENCE, "pet", { ...PET, hasChip: "yes", chipNumber: "985112" }, {}, NOW));
    expectEnglish(chipped.chipNumber).toBe("985112");
    const later = ok(parsePage(PET_LICENCE, "dog-licence", { previousLicence: "EAC2612345678", licenceYears: "1" }, chipped, NOW));
    // Now a cat without a chip: the dog page's answer and the chip number go.
    const changed = ok(parsePage(PET_LICENCE, "pet", { ...PET, species: "cat", chipNumber: "985112" }, later, NOW));
    expectEnglish(changed).toEqual({ species: "cat", bornOn: "2020-06-01", hasChip: "no" });
  });

  it("runs the page's rules across fields once each answer is fine", () => {
    expectEnglish(errors(parsePage(PET_LICENCE, "pet", { ...PET, "bornOn-year": "2027" }, {}, NOW))).toEqual({
      bornOn: "Your pet's date of birth must be in the past.",
    });
  });

  it("a rule that throws refuses the page without losing what was typed", () => {
    const broken = {
      ...PET_LICENCE,
      pages: PET_LICENCE.pages.map((page) =>
        page.id === "owner"
          ? {
              ...page,
              check: () => {
                throw new Error("bug");
              },
            }
          : page,
      ),
    };
    const result = parsePage(broken, "owner", { ownerName: "Ana" }, {}, NOW);
    expectEnglish(result).toEqual({
      ok: false,
      errors: { [PAGE_ERROR_KEY]: expect.any(String) },
      values: { ownerName: "Ana", ownerEmail: "" },
    });
  });

  it("checks a ZIP code against the state of the same address", () => {
    const address = { newStreet: "1 Main St", newCity: "Albany", newState: "NY", newZip: "90210", newIsMailing: "yes" };
    expectEnglish(errors(parsePage(AR11, "new-address", address, {}, NOW))).toEqual({
      newZip: "This ZIP code is not one used in New York. Check the ZIP code and the state.",
    });
    expectEnglish(ok(parsePage(AR11, "new-address", { ...address, newZip: "122070001" }, {}, NOW)).newZip).toBe("12207-0001");
    expectEnglish(errors(parsePage(AR11, "new-address", { ...address, newState: "ZZ" }, {}, NOW))).toEqual({
      newState: 'Choose one of the answers listed for "State or territory".',
    });
  });

  it("stores numbers in one spelling and refuses wrong formats with their own messages", () => {
    const saved = ok(
      parsePage(
        AR11,
        "details",
        { "dateOfBirth-day": "4", "dateOfBirth-month": "3", "dateOfBirth-year": "1990", aNumber: "a12345678" },
        {},
        NOW,
      ),
    );
    expectEnglish(saved).toEqual({ dateOfBirth: "1990-03-04", aNumber: "A012345678" });
    expectEnglish(
      errors(
        parsePage(
          AR11,
          "details",
          { "dateOfBirth-day": "4", "dateOfBirth-month": "3", "dateOfBirth-year": "1990", aNumber: "123" },
          {},
          NOW,
        ),
      ),
    ).toEqual({
      aNumber: "Enter the A-Number as A followed by 8 or 9 digits, like A123456789.",
    });
  });

  it("fills a page's fields from saved answers, a date as its three boxes, and re-checks them the same way", () => {
    const page = pageById(PET_LICENCE, "pet")!;
    const answers = { species: "dog", bornOn: "2020-06-01", hasChip: "no", habits: ["barks"] };
    expectEnglish(pageValues(page, answers)).toEqual({
      species: "dog",
      "bornOn-day": "1",
      "bornOn-month": "6",
      "bornOn-year": "2020",
      hasChip: "no",
      chipNumber: "",
      habits: ["barks"],
    });
    expectEnglish(savedPageErrors(PET_LICENCE, page, answers, NOW)).toEqual({});
    expectEnglish(savedPageErrors(PET_LICENCE, page, { ...answers, bornOn: "2030-01-01" }, NOW)).toEqual({
      bornOn: "Your pet's date of birth must be in the past.",
    });
  });
});

describe("parsePage with odd saved answers", () => {
  it("keeps only the form's own questions with text answers, whatever else was stored", () => {
    const saved = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "species": "cat", "bornOn": 12, "hasChip": ["no", 3], "stray": "x"}',
    ) as Record<string, string>;
    const result = parsePage(PET_LICENCE, "owner", { ownerName: "Ana" }, saved, NOW);
    expectEnglish(result).toEqual({ ok: true, answers: { ownerName: "Ana", species: "cat" } });
    expectEnglish(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("asks for the state of a ZIP code when the state is optional and left empty", () => {
    const def = {
      ...PET_LICENCE,
      pages: [
        {
          id: "owner",
          section: "owner",
          title: "Where",
          questions: [
            { id: "homeState", kind: "us-state" as const, label: "State", required: false },
            { id: "homeZip", kind: "zip" as const, label: "ZIP code" },
          ],
        },
      ],
    };
    expectEnglish(parsePage(def, "owner", { homeZip: "20500" }, {}, NOW)).toMatchObject({
      ok: false,
      errors: { homeZip: "Choose the state for this ZIP code." },
    });
    expectEnglish(parsePage(def, "owner", { homeZip: "20500", homeState: "DC" }, {}, NOW).ok).toBe(true);
  });
});

describe("parsePage with a real form post", () => {
  it("reads what formFields makes of FormData: three date boxes, repeated checkbox names, extra fields", async () => {
    const { formFields } = await import("@/lib/actions/form-input");
    const form = new FormData();
    for (const [name, value] of Object.entries({ ...PET, $ACTION_ID_abc: "x", return: "check" })) form.append(name, value);
    form.append("habits", "barks");
    form.append("habits", "purrs");
    form.append("attachment", new File([], ""));
    expectEnglish(ok(parsePage(PET_LICENCE, "pet", formFields(form), {}, NOW))).toEqual({
      species: "dog",
      bornOn: "2020-06-01",
      hasChip: "no",
      habits: ["barks", "purrs"],
    });
  });
});
