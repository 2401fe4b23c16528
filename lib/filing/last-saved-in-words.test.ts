import { describe, expect, it } from "vitest";
import { readerFor } from "../i18n/translator";
import { lastSavedInWords } from "./last-saved-in-words";

const newYork = readerFor("en", "America/New_York");

describe("when a draft was last saved, in words", () => {
  it("counts minutes and hours as they passed", () => {
    const now = new Date("2026-03-03T14:00:00Z");
    expect(lastSavedInWords(new Date("2026-03-03T13:59:30Z"), now, newYork)).toBe("just now");
    expect(lastSavedInWords(new Date("2026-03-03T13:48:00Z"), now, newYork)).toBe("12 minutes ago");
    // 11 PM the evening before: still hours, not a day.
    expect(lastSavedInWords(new Date("2026-03-03T04:00:00Z"), now, newYork)).toBe("10 hours ago");
  });

  it("counts days as dates on the reader's own calendar", () => {
    // Tuesday, March 3, 9 AM in New York.
    const now = new Date("2026-03-03T14:00:00Z");
    // Sunday 11 PM: two days ago, though only 34 hours have passed.
    const sundayNight = new Date("2026-03-02T04:00:00Z");
    expect(lastSavedInWords(sundayNight, now, newYork)).toBe("2 days ago");
    // Monday 8 AM.
    expect(lastSavedInWords(new Date("2026-03-02T13:00:00Z"), now, newYork)).toBe("yesterday");
    // Monday 1 AM in Tokyo reads Tuesday 11 PM there: yesterday on that calendar.
    expect(lastSavedInWords(sundayNight, now, readerFor("en", "Asia/Tokyo"))).toBe("yesterday");
    expect(lastSavedInWords(sundayNight, now, readerFor("es", "America/New_York"))).toBe("hace 2 días");
  });

  it("gives the date after 30 days", () => {
    const now = new Date("2026-03-03T14:00:00Z");
    expect(lastSavedInWords(new Date("2026-01-20T15:00:00Z"), now, newYork)).toBe("on January 20, 2026");
  });

  it("counts a day across a change of clocks by the calendar", () => {
    // Clocks go back at 2 AM on Sunday, November 1, 2026: that day has 25 hours. Saved at 12:30 AM.
    const saved = new Date("2026-11-01T04:30:00Z");
    // Monday 11:30 PM: 48 hours later, and the next day.
    expect(lastSavedInWords(saved, new Date("2026-11-03T04:30:00Z"), newYork)).toBe("yesterday");
    // Sunday 11:30 PM: 24 hours later, the same day.
    expect(lastSavedInWords(saved, new Date("2026-11-02T04:30:00Z"), newYork)).toBe("24 hours ago");
  });
});
