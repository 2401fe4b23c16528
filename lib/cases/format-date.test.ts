import { describe, expect, it } from "vitest";
import { formatCaseDate, formatCaseDateTime, formatFileSize } from "./format-date";

describe("case dates and sizes", () => {
  it("shows dates in UTC whatever the server's time zone", () => {
    const lateEvening = new Date("2026-03-03T23:30:00Z");
    expect(formatCaseDate(lateEvening)).toBe("March 3, 2026");
    expect(formatCaseDateTime(lateEvening)).toBe("March 3, 2026 at 11:30 PM UTC");
  });
  it("shows sizes in bytes, KB and MB", () => {
    expect(formatFileSize(512)).toBe("512 bytes");
    expect(formatFileSize(2048)).toBe("2 KB");
    expect(formatFileSize(10 * 1024 * 1024)).toBe("10.0 MB");
  });
});
