import { describe, expect, it } from "vitest";
import { msg } from "../i18n/message-ref";
import { readerFor } from "../i18n/translator";
import { appointmentFrom, dueDateFrom, isPastDueDay } from "./utc-dates";

const now = new Date("2026-11-21T18:00:00Z");

describe("dueDateFrom", () => {
  it("a later day is due at the end of that day (UTC)", () => {
    expect(dueDateFrom("2026-11-22", now)).toEqual({ ok: true, at: new Date("2026-11-22T23:59:59.999Z") });
  });
  it("refuses today, the past, empty and impossible dates", () => {
    expect(dueDateFrom("2026-11-21", now)).toMatchObject({ ok: false, field: "dueDate", message: msg("agency.dates.dueFuture") });
    expect(dueDateFrom("2025-01-01", now)).toMatchObject({ ok: false, message: msg("agency.dates.dueFuture") });
    expect(dueDateFrom("", now)).toMatchObject({ ok: false, message: msg("agency.dates.dueRequired") });
    expect(dueDateFrom("2027-02-29", now)).toMatchObject({ ok: false, message: msg("agency.dates.dueInvalid") });
    expect(dueDateFrom("tomorrow", now)).toMatchObject({ ok: false, message: msg("agency.dates.dueInvalid") });
  });
});

describe("appointmentFrom", () => {
  it("reads the date and time as UTC", () => {
    expect(appointmentFrom("2026-12-01", "09:30", now)).toEqual({ ok: true, at: new Date("2026-12-01T09:30:00Z") });
  });
  it("names the field at fault", () => {
    expect(appointmentFrom("", "09:30", now)).toMatchObject({ ok: false, field: "appointmentDate" });
    expect(appointmentFrom("2026-12-01", "", now)).toMatchObject({
      ok: false,
      field: "appointmentTime",
      message: msg("agency.dates.appointmentTimeRequired"),
    });
    expect(appointmentFrom("2026-12-01", "25:00", now)).toMatchObject({ ok: false, field: "appointmentTime" });
    expect(appointmentFrom("2026-11-21", "17:59", now)).toMatchObject({
      ok: false,
      field: "appointmentDate",
      message: msg("agency.dates.appointmentFuture"),
    });
  });
});

describe("a due day", () => {
  const due = dueDateFrom("2026-12-09", new Date("2026-12-01T12:00:00Z"));
  if (!due.ok) throw new Error("unreachable");

  it("is the same calendar day for every reader, east or west of UTC", () => {
    expect(readerFor("en", "America/Los_Angeles").format.dateTime(due.at, "dueDay")).toBe("December 9, 2026");
    expect(readerFor("es", "Asia/Manila").format.dateTime(due.at, "dueDay")).toBe("9 de diciembre de 2026");
    expect(readerFor("es", "Europe/Madrid").format.dateTime(due.at, "dueDay")).toBe("9 de diciembre de 2026");
  });

  it("has passed only once that day is over everywhere (its end at UTC-12)", () => {
    // 11 PM in Los Angeles on the due day itself.
    expect(isPastDueDay(due.at, new Date("2026-12-10T07:00:00Z"))).toBe(false);
    expect(isPastDueDay(due.at, new Date("2026-12-10T11:59:59.999Z"))).toBe(false);
    expect(isPastDueDay(due.at, new Date("2026-12-10T12:00:00.000Z"))).toBe(true);
  });
});
