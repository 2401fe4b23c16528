import { describe, expect, it } from "vitest";
import { zIssueNotice, zOpenRequest } from "./case-changes";

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

describe("the console's free text", () => {
  const request = { receipt: "EAC2612345678", dueDate: "2030-01-15" };

  it("counts a line break the browser sent as two characters once, as the box does, and keeps a NUL as a space", () => {
    // 800 lines: 4,799 characters as sent, exactly 4,000 as typed in a box that allows 4,000.
    const instructions = "Page\r\n".repeat(799) + "Pa\u0000ge";
    expect(zOpenRequest.parse({ ...request, instructions }).instructions).toBe("Page\n".repeat(799) + "Pa ge");
    const issues = zOpenRequest
      .safeParse({ ...request, instructions: "x".repeat(4001) })
      .error?.issues.map((issue) => issue.path.join("."));
    expect(issues).toEqual(["instructions"]);
    expect(zOpenRequest.safeParse({ ...request, instructions: "\u0000" }).error?.issues.map((issue) => issue.message)).toEqual([
      "Say what evidence is needed.",
    ]);
  });

  it("keeps a NUL in a typed place as a space", () => {
    expect(zIssueNotice.parse({ ...form, office: "", location: "Room\u00004" }).appointment).toMatchObject({ location: "Room 4" });
  });
});
