import { describe, expect, it } from "vitest";
import { zIssueNotice } from "./case-changes";

const form = { receipt: "EAC2612345678", kind: "interview", appointmentDate: "2030-01-15", appointmentTime: "09:00", location: "" };

describe("the console's notice form", () => {
  it("reads the time on the chosen office's clock and takes the place from the office", () => {
    const boston = zIssueNotice.parse({ ...form, office: "BOS-FO" });
    expect(boston.appointment).toEqual({ at: new Date("2030-01-15T14:00:00.000Z"), office: "BOS-FO" });
    const losAngeles = zIssueNotice.parse({ ...form, office: "LAX-ASC", appointmentDate: "2030-07-01" });
    expect(losAngeles.appointment?.at).toEqual(new Date("2030-07-01T16:00:00.000Z"));
  });

  it("without an office, needs the place and reads the time as UTC", () => {
    expect(zIssueNotice.parse({ ...form, office: "", location: "Field Office, Room 4" }).appointment).toEqual({
      at: new Date("2030-01-15T09:00:00.000Z"),
      location: "Field Office, Room 4",
    });
    const issues = zIssueNotice.safeParse({ ...form, office: "" }).error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual([["location", "Enter where the appointment is."]]);
  });

  it("refuses an office that is not on the list", () => {
    const issues = zIssueNotice
      .safeParse({ ...form, office: "NOWHERE" })
      .error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual([["office", "Choose an office from the list, or none."]]);
  });
});
