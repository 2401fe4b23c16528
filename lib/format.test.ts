import { describe, expect, it } from "vitest";
import { formatDateIn, formatDateTimeIn, formatUtcDate, formatUtcDateTime } from "./format";

describe("dates", () => {
  it("are shown in UTC whatever the server's time zone", () => {
    const lateEvening = new Date("2026-03-03T23:30:00Z");
    expect(formatUtcDate(lateEvening)).toBe("March 3, 2026");
    expect(formatUtcDateTime(lateEvening)).toBe("March 3, 2026 at 11:30 PM UTC");
  });
});

describe("dates in a zone", () => {
  it("are the date and time on that zone's clock, with the zone named", () => {
    const evening = new Date("2026-10-01T01:30:00Z");
    expect(formatDateIn(evening, "America/New_York")).toBe("September 30, 2026");
    expect(formatDateTimeIn(evening, "America/New_York")).toBe("September 30, 2026 at 9:30 PM EDT");
    expect(formatDateIn(evening, "Asia/Manila")).toBe("October 1, 2026");
    expect(formatDateTimeIn(evening, "Asia/Manila")).toBe("October 1, 2026 at 9:30 AM GMT+8");
  });
});
