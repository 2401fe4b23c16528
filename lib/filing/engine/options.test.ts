import { describe, expect, it } from "vitest";
import type { Question } from "../definition";
import { COUNTRIES } from "./countries";
import { optionLabel, questionOptions } from "./options";

describe("question options", () => {
  it("country and state questions bring their own lists, sorted by name, with unique codes", () => {
    const country: Question = { id: "c", kind: "country", label: "Country" };
    const state: Question = { id: "s", kind: "us-state", label: "State" };
    expect(questionOptions(country).length).toBe(COUNTRIES.length);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    const names = COUNTRIES.map((c) => c.name);
    expect([...names].sort((a, b) => a.localeCompare(b, "en"))).toEqual(names);
    expect(optionLabel(country, "PE")).toBe("Peru");
    expect(optionLabel(state, "DC")).toBe("District of Columbia");
    expect(optionLabel(state, "??")).toBe("??");
    expect(questionOptions({ id: "t", kind: "text", label: "T" })).toEqual([]);
  });
});
