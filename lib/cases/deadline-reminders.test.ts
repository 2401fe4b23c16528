import { describe, expect, it } from "vitest";
import { endOfUtcDay, utcDate } from "@/lib/agency/utc-dates";
import { daysLeftFor, evidenceReminderAt } from "./deadline-reminders";

const HOUR = 3_600_000;
const DUE = endOfUtcDay(utcDate("2027-03-10")!);

// Every inhabited US zone, west to east: American Samoa, Hawaii, Alaska, Pacific, Mountain, Central,
// Eastern, Puerto Rico, Guam.
const US_ZONES = [
  "Pacific/Pago_Pago",
  "Pacific/Honolulu",
  "America/Anchorage",
  "America/Los_Angeles",
  "America/Denver",
  "America/Chicago",
  "America/New_York",
  "America/Puerto_Rico",
  "Pacific/Guam",
];

describe("evidence reminders' moments and days left", () => {
  it("are due 7 and 1 days before the moment the due day ends (23:59 UTC)", () => {
    expect(evidenceReminderAt(DUE, 7).toISOString()).toBe("2027-03-03T23:59:59.999Z");
    expect(evidenceReminderAt(DUE, 1).toISOString()).toBe("2027-03-09T23:59:59.999Z");
  });

  it("give 7 and 1 days from American Samoa to Puerto Rico within the hour after their moment, 6 and 0 in Guam, where it is the next morning", () => {
    for (const days of [7, 1]) {
      const at = evidenceReminderAt(DUE, days);
      for (const zone of US_ZONES) {
        const expected = zone === "Pacific/Guam" ? days - 1 : days;
        expect([zone, daysLeftFor(DUE, at, zone)]).toEqual([zone, expected]);
        expect([zone, daysLeftFor(DUE, new Date(at.getTime() + HOUR), zone)]).toEqual([zone, expected]);
      }
    }
  });

  it("count calendar days, not 24-hour spans, and 0 on the due day or after it", () => {
    // 10:00 PM on March 8 in Guam is 12:00 UTC; 11:30 PM in Hawaii on March 9 is 09:30 UTC on the 10th.
    expect(daysLeftFor(DUE, new Date("2027-03-08T12:00:00Z"), "Pacific/Guam")).toBe(2);
    expect(daysLeftFor(DUE, new Date("2027-03-10T09:30:00Z"), "Pacific/Honolulu")).toBe(1);
    expect(daysLeftFor(DUE, new Date("2027-03-10T09:30:00Z"), "Pacific/Guam")).toBe(0);
    expect(daysLeftFor(DUE, new Date("2027-03-10T23:00:00Z"), "Pacific/Kiritimati")).toBe(0);
  });
});
