import { describe, expect, it } from "vitest";
import { DRAFT_EXPIRY_EVERY_MS, draftExpiryDue } from "./worker";

describe("the delivery worker's draft expiry pass", () => {
  it("runs at most once an hour", () => {
    const start = 1_800_000_000_000;
    expect(draftExpiryDue(start)).toBe(true);
    expect(draftExpiryDue(start + 1_000)).toBe(false);
    expect(draftExpiryDue(start + DRAFT_EXPIRY_EVERY_MS - 1)).toBe(false);
    expect(draftExpiryDue(start + DRAFT_EXPIRY_EVERY_MS)).toBe(true);
    expect(draftExpiryDue(start + DRAFT_EXPIRY_EVERY_MS + 60_000)).toBe(false);
  });
});
