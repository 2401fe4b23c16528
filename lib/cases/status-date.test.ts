import { describe, expect, it } from "vitest";
import { statusDate } from "./status-date";

const at = (iso: string) => new Date(iso);

describe("statusDate", () => {
  const notices = [
    {
      kind: "INTERVIEW" as const,
      issuedAt: at("2026-03-01T00:00:00Z"),
      appointmentAt: at("2026-04-01T14:00:00Z"),
      location: "Room 1",
      office: null,
    },
    {
      kind: "INTERVIEW" as const,
      issuedAt: at("2026-03-10T00:00:00Z"),
      appointmentAt: at("2026-05-02T09:30:00Z"),
      location: null,
      office: { timeZone: "America/New_York" },
    },
    { kind: "RECEIPT" as const, issuedAt: at("2026-01-01T00:00:00Z"), appointmentAt: null, location: null, office: null },
  ];

  it("an appointment status shows the appointment of the newest notice of its kind, with its office's time zone", () => {
    expect(statusDate("Interview Was Scheduled", notices, [])).toEqual({
      kind: "appointment",
      at: at("2026-05-02T09:30:00Z"),
      location: null,
      officeTimeZone: "America/New_York",
    });
    expect(statusDate("Interview Was Scheduled", [notices[0]], [])).toMatchObject({ location: "Room 1", officeTimeZone: null });
    expect(statusDate("Biometrics Appointment Was Scheduled", notices, [])).toBeNull();
  });

  it("a request for evidence shows the soonest open due date", () => {
    const open = [{ dueAt: at("2026-07-01T00:00:00Z") }, { dueAt: at("2026-06-01T00:00:00Z") }];
    expect(statusDate("Request for Additional Evidence Was Sent", notices, open)).toEqual({ kind: "due", at: at("2026-06-01T00:00:00Z") });
    expect(statusDate("Request for Additional Evidence Was Sent", notices, [])).toBeNull();
  });

  it("other statuses have no date", () => {
    expect(statusDate("Case Was Received", notices, [{ dueAt: at("2026-06-01T00:00:00Z") }])).toBeNull();
  });
});
