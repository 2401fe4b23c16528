import { describe, expect, it } from "vitest";
import { readerFor } from "@/lib/i18n/translator";
import { appointmentTime } from "./appointment-time";
import { officeClockToInstant } from "./office-clock";

// December 15, 2026, 9:00 AM in Boston (EST, UTC-5) is 14:00 UTC.
const AT = new Date("2026-12-15T14:00:00Z");

describe("an appointment's time", () => {
  it("is on the office's clock with its zone named, and the person's own time alongside when it differs", () => {
    expect(appointmentTime(readerFor("en", "America/Chicago"), AT, "America/New_York")).toBe(
      "December 15, 2026 at 9:00 AM EST (8:00 AM CST)",
    );
  });

  it("shows one time when the person's clock reads the same as the office's", () => {
    expect(appointmentTime(readerFor("en", "America/New_York"), AT, "America/New_York")).toBe("December 15, 2026 at 9:00 AM EST");
    // Another zone name, the same clock: still one time.
    expect(appointmentTime(readerFor("en", "America/Detroit"), AT, "America/New_York")).toBe("December 15, 2026 at 9:00 AM EST");
  });

  it("adds the person's date too when it is another day for them", () => {
    // 11 PM on the same day in Tokyo: the time alone.
    expect(appointmentTime(readerFor("en", "Asia/Tokyo"), AT, "America/New_York")).toBe(
      "December 15, 2026 at 9:00 AM EST (11:00 PM GMT+9)",
    );
    expect(appointmentTime(readerFor("en", "Pacific/Kiritimati"), AT, "America/New_York")).toMatch(/\(December 16, 2026 at 4:00 AM/);
  });

  it("reads in Spanish", () => {
    const text = appointmentTime(readerFor("es", "America/Chicago"), AT, "America/New_York");
    expect(text.replace(/\s/g, " ")).toBe("15 de diciembre de 2026 a las 9:00 a.m. EST (8:00 a.m. CST)");
  });

  it("is in the person's zone for an old notice without an office", () => {
    expect(appointmentTime(readerFor("en", "America/Chicago"), AT, null)).toBe("December 15, 2026 at 8:00 AM CST");
  });
});

describe("a date and time typed on an office's clock", () => {
  it("is the instant that clock shows, with or without daylight saving time", () => {
    expect(officeClockToInstant("2026-12-15", "09:00", "America/New_York")?.toISOString()).toBe("2026-12-15T14:00:00.000Z");
    expect(officeClockToInstant("2026-07-15", "09:00", "America/New_York")?.toISOString()).toBe("2026-07-15T13:00:00.000Z");
    expect(officeClockToInstant("2026-12-15", "09:00", "America/Los_Angeles")?.toISOString()).toBe("2026-12-15T17:00:00.000Z");
    expect(officeClockToInstant("2026-03-08", "03:30", "America/Chicago")?.toISOString()).toBe("2026-03-08T08:30:00.000Z");
  });

  it("is null for a date or time that does not exist", () => {
    expect(officeClockToInstant("2026-02-30", "09:00", "America/New_York")).toBeNull();
    expect(officeClockToInstant("2026-12-15", "25:00", "America/New_York")).toBeNull();
    expect(officeClockToInstant("tomorrow", "09:00", "America/New_York")).toBeNull();
  });
});
