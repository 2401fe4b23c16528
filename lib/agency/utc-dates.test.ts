import { describe, expect, it } from "vitest";
import { msg } from "../i18n/message-ref";
import { appointmentFrom, dueDateFrom } from "./utc-dates";

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
