import { describe, expect, it } from "vitest";
import { fieldAnchor } from "./field-anchor";

describe("fieldAnchor", () => {
  it("leads to a date's day box, and to the field itself for every other kind", () => {
    expect(fieldAnchor({ id: "dateOfBirth", kind: "date" })).toBe("dateOfBirth-day");
    expect(fieldAnchor({ id: "sex", kind: "radio" })).toBe("sex");
    expect(fieldAnchor({ id: "birthCity", kind: "text" })).toBe("birthCity");
  });
});
