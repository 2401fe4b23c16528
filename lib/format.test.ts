import { describe, expect, it } from "vitest";
import { formatUtcDate, formatUtcDateTime } from "./format";

describe("dates", () => {
  it("are shown in UTC whatever the server's time zone", () => {
    const lateEvening = new Date("2026-03-03T23:30:00Z");
    expect(formatUtcDate(lateEvening)).toBe("March 3, 2026");
    expect(formatUtcDateTime(lateEvening)).toBe("March 3, 2026 at 11:30 PM UTC");
  });
});
