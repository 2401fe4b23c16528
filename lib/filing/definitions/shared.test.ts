import { describe, expect, it } from "vitest";
import { isFuture } from "./shared";

const answered = (date: string) => ({ movedOn: date });

describe("isFuture: a date after today", () => {
  it("accepts today's date where the day has begun before it has in UTC: 7 AM on March 10 in Manila", () => {
    const manilaMorning = new Date("2026-03-09T23:00:00Z");
    expect(isFuture(answered("2026-03-10"), "movedOn", manilaMorning)).toBe(false);
    expect(isFuture(answered("2026-03-09"), "movedOn", manilaMorning)).toBe(false);
  });

  it("refuses a date that has begun nowhere yet (the earliest zone is 14 hours ahead of UTC)", () => {
    expect(isFuture(answered("2026-03-11"), "movedOn", new Date("2026-03-09T23:00:00Z"))).toBe(true);
    expect(isFuture(answered("2026-03-11"), "movedOn", new Date("2026-03-10T09:59:00Z"))).toBe(true);
    expect(isFuture(answered("2026-03-11"), "movedOn", new Date("2026-03-10T10:00:00Z"))).toBe(false);
    expect(isFuture(answered("2027-01-01"), "movedOn", new Date("2026-03-10T10:00:00Z"))).toBe(true);
  });

  it("is false for an answer that is not a date", () => {
    expect(isFuture({}, "movedOn", new Date("2026-03-10T10:00:00Z"))).toBe(false);
    expect(isFuture(answered("soon"), "movedOn", new Date("2026-03-10T10:00:00Z"))).toBe(false);
  });
});
