import { describe, expect, it } from "vitest";
import { definitionProblems } from "../engine/check-definition";
import { PET_LICENCE } from "../engine/test-fixtures/pet-licence";
import { definitionFor, FORM_DEFINITIONS } from "./index";

describe("form definitions", () => {
  it("lists I-765 then AR-11, found by form number in either case", () => {
    expect(FORM_DEFINITIONS.map((def) => def.id)).toEqual(["I-765", "AR-11"]);
    expect(definitionFor("I-765")?.id).toBe("I-765");
    expect(definitionFor("i-765")?.id).toBe("I-765");
    expect(definitionFor("ar-11")?.id).toBe("AR-11");
  });

  it("finds nothing for other names, inherited property names or odd input", () => {
    for (const name of ["", "I765", "constructor", "__proto__", "toString", "x".repeat(10_000)]) expect(definitionFor(name)).toBeNull();
    expect(definitionFor(42 as unknown as string)).toBeNull();
  });

  it.each([...FORM_DEFINITIONS, PET_LICENCE])("$id is sound: unique ids, known sections, every question in one PDF part", (def) => {
    expect(definitionProblems(def)).toEqual([]);
  });
});
